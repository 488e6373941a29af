import Foundation
import Security
import StegvisCore

/// Keeps the core's data key (32 bytes) in the Keychain, readable after the phone's
/// first unlock and never copied to another device or a backup
/// (`kSecAttrAccessibleAfterFirstUnlockThisDeviceOnly`), so reminders can still read
/// the data while the phone is locked. Any failure reaches the core as "key unavailable".
public final class KeychainKeyManager: KeyManager, @unchecked Sendable {
    /// The Keychain service the key is kept under; tests pass their own.
    public let service: String
    private let account = "data-key"
    private let lock = NSLock()

    public init(service: String = "no.stegvis.datakey") {
        self.service = service
    }

    public func loadKey() throws -> Data? {
        var query = baseQuery()
        query[kSecReturnData as String] = true
        query[kSecMatchLimit as String] = kSecMatchLimitOne
        var out: CFTypeRef?
        let status = SecItemCopyMatching(query as CFDictionary, &out)
        switch status {
        case errSecSuccess:
            guard let key = out as? Data else { throw KeychainProblem(status: errSecDecode) }
            return key
        case errSecItemNotFound:
            return nil
        default:
            throw KeychainProblem(status: status)
        }
    }

    /// Keeps a new data key; if one is already kept (set up meanwhile), that one stays.
    public func storeKey(key: Data) throws {
        lock.lock()
        defer { lock.unlock() }
        var item = baseQuery()
        item[kSecAttrAccessible as String] = kSecAttrAccessibleAfterFirstUnlockThisDeviceOnly
        item[kSecValueData as String] = key
        let status = SecItemAdd(item as CFDictionary, nil)
        // Another process stored one first: the core reads that one back.
        guard status == errSecSuccess || status == errSecDuplicateItem else {
            throw KeychainProblem(status: status)
        }
    }

    /// Forgets the data key for good; succeeds when there is none.
    public func deleteKey() throws {
        lock.lock()
        defer { lock.unlock() }
        let status = SecItemDelete(baseQuery() as CFDictionary)
        guard status == errSecSuccess || status == errSecItemNotFound else {
            throw KeychainProblem(status: status)
        }
    }

    private func baseQuery() -> [String: Any] {
        var query: [String: Any] = [
            kSecClass as String: kSecClassGenericPassword,
            kSecAttrService as String: service,
            kSecAttrAccount as String: account,
        ]
        #if os(iOS)
            // On iOS every item is in the data-protection keychain anyway. On a Mac (where
            // `swift test` runs) that keychain needs a signed, entitled app, so the tests
            // use the login keychain instead.
            query[kSecUseDataProtectionKeychain as String] = true
        #endif
        return query
    }
}

/// The Keychain refused; the core sees "key unavailable" and changes nothing.
public struct KeychainProblem: Error, Equatable {
    public let status: OSStatus
}
