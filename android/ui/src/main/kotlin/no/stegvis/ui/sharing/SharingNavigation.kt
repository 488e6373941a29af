package no.stegvis.ui.sharing

import androidx.navigation.NavGraphBuilder
import androidx.navigation.compose.composable
import no.stegvis.ui.AppCore
import no.stegvis.ui.Navigator
import no.stegvis.ui.Routes
import no.stegvis.ui.supporter.SupporterPlanRoute

/** Sharing the plan (code, pairing, choosing, receiving, the logs) and plans shared with this phone. */
fun NavGraphBuilder.sharingGraph(core: AppCore, navigator: Navigator, inbox: SharingInbox) {
    composable(Routes.SHARING) { SharingHomeRoute(core, navigator) }
    composable(Routes.SHARE_CODE) { MyCodeRoute(core, navigator) }
    composable(Routes.SHARE_PAIR) { PairRoute(core, navigator) }
    composable(Routes.SHARE_COMPARE) { entry ->
        CompareRoute(core, navigator, entry.savedStateHandle.get<String>("contactId").orEmpty())
    }
    composable(Routes.SHARE_CHOOSE) { entry ->
        ChooseRoute(core, navigator, entry.savedStateHandle.get<String>("contactId").orEmpty())
    }
    composable(Routes.SHARE_RECEIVE) { ReceiveRoute(core, navigator, inbox) }
    composable(Routes.SHARE_CONSENTS) { ConsentsRoute(core, navigator) }
    composable(Routes.SHARE_AUDIT) { AuditRoute(core, navigator) }
    composable(Routes.SUPPORTER_PLAN) { entry ->
        SupporterPlanRoute(core, navigator, entry.savedStateHandle.get<String>("contactId").orEmpty())
    }
}
