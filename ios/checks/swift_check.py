#!/usr/bin/env python3
"""Checks of the iOS shell's Swift without a Swift compiler, on tree-sitter-swift.

  swift_check.py parse PATH...               syntax: exit 1 on any ERROR or MISSING node
  swift_check.py api GENERATED.swift         the generated UniFFI API as JSON
  swift_check.py check GENERATED.swift PATH...
        the shell's uses of the generated API: methods called on the core (argument
        labels), static calls and record initialisers, enum cases, conformances to
        generated protocols, every type name the shell writes (generated, declared
        in the shell, or a platform type listed in platform-types.txt), and every
        implicit enum case in a `case` pattern or an ==/!= comparison
  swift_check.py project PROJECT.yml         what a schema cannot say about project.yml:
        source folders exist, dependencies name real targets, packages and products
  swift_check.py selftest GENERATED.swift    the seeded mistakes in seeded/ are all caught

A PATH may be a folder: every .swift file under it is read, except generated bindings.
"""
import json
import os
import re
import sys

import tree_sitter_swift as tss
from tree_sitter import Language, Parser

LANG = Language(tss.language())
PARSER = Parser(LANG)
HERE = os.path.dirname(os.path.abspath(__file__))

# Valid Swift in UniFFI's generated file that tree-sitter-swift 0.7 cannot parse: blanked
# to the same length, so line and column numbers stay true.
GRAMMAR_GAPS = [b"@_documentation(visibility: private)", b"{ () }"]

# Module names a type may be qualified with (`StegvisCore.TodayView`).
MODULES = {"StegvisCore", "StegvisKit", "SwiftUI", "Foundation", "UIKit", "Charts", "Swift"}

# Closures whose first parameter is the core: `core.read { $0.today() }`.
CORE_CLOSURES = {"read": "StegvisCompanion", "write": "StegvisCompanion"}


def parse_source(src):
    for gap in GRAMMAR_GAPS:
        blank = b"{" + b" " * (len(gap) - 2) + b"}" if gap.startswith(b"{") else b" " * len(gap)
        src = src.replace(gap, blank)
    return PARSER.parse(src)


def parse(path):
    with open(path, "rb") as f:
        return parse_source(f.read())


def text(n):
    return n.text.decode()


def name_of(n):
    c = n.child_by_field_name("name")
    return text(c).strip("`") if c is not None else None


def walk(n):
    stack = [n]
    while stack:
        x = stack.pop()
        yield x
        stack.extend(reversed(x.children))


def swift_files(paths):
    out = []
    for p in paths:
        if os.path.isdir(p):
            for root, dirs, files in os.walk(p):
                dirs[:] = sorted(d for d in dirs if d not in (".build", "StegvisCore", "seeded"))
                out.extend(os.path.join(root, f) for f in sorted(files) if f.endswith(".swift"))
        else:
            out.append(p)
    return out


def syntax_problems(tree):
    out = []
    stack = [tree.root_node]
    while stack:
        n = stack.pop()
        if n.type == "ERROR" or n.is_missing:
            kind = "MISSING " + n.type if n.is_missing else "ERROR"
            out.append((n.start_point[0] + 1, n.start_point[1] + 1, kind, text(n)[:60].replace("\n", " ")))
            if n.type == "ERROR":
                continue
        stack.extend(n.children)
    return sorted(out)


def params(fn):
    """Argument labels as a caller writes them ('_' for none)."""
    labels = []
    for c in fn.children:
        if c.type == "parameter":
            ext = c.child_by_field_name("external_name")
            nm = c.child_by_field_name("name")
            label = text(ext) if ext is not None else text(nm)
            labels.append(label.strip("`"))
    return labels


def modifiers(n):
    for c in n.children:
        if c.type == "modifiers":
            return text(c).split()
    return []


def public(n):
    m = modifiers(n)
    return "public" in m or "open" in m


def api(tree):
    types, funcs = {}, {}
    for n in tree.root_node.children:
        if n.type in ("class_declaration", "protocol_declaration"):
            kind_node = n.child_by_field_name("declaration_kind")
            kind = text(kind_node) if kind_node is not None else n.type
            name = name_of(n)
            if kind == "extension" or name is None or not public(n):
                continue
            if name.startswith("FfiConverter") or name.startswith("Uniffi"):
                continue
            t = types.setdefault(name, {"kind": kind, "methods": {}, "static": {}, "inits": [], "props": [], "cases": {}})
            body = n.child_by_field_name("body")
            for m in body.children if body is not None else []:
                if m.type in ("function_declaration", "protocol_function_declaration"):
                    if m.type == "function_declaration" and not public(m):
                        continue
                    where = "static" if ("static" in modifiers(m) or "class" in modifiers(m)) else "methods"
                    t[where].setdefault(name_of(m), []).append(params(m))
                elif m.type == "init_declaration" and public(m):
                    labels = params(m)
                    if labels not in (["unsafeFromHandle"], ["noHandle"]):
                        t["inits"].append(labels)
                elif m.type in ("property_declaration", "protocol_property_declaration") and (public(m) or kind == "protocol"):
                    p = m.child_by_field_name("name")
                    if p is not None:
                        t["props"].append(text(p).split(":")[0].strip().strip("`"))
                elif m.type == "enum_entry":
                    labels = []
                    data = m.child_by_field_name("data_contents")
                    if data is not None:
                        labels = [text(c) for c in data.children if c.type == "simple_identifier"]
                    t["cases"][name_of(m)] = labels
        elif n.type == "typealias_declaration" and public(n):
            types.setdefault(name_of(n), {"kind": "typealias", "methods": {}, "static": {}, "inits": [], "props": [], "cases": {}})
        elif n.type == "function_declaration" and public(n):
            nm = name_of(n)
            if not (nm.startswith("FfiConverter") or nm.startswith("uniffi")):
                funcs.setdefault(nm, []).append(params(n))
    return {"types": types, "functions": funcs}


def call_labels(call):
    suffix = next((c for c in call.children if c.type == "call_suffix"), None)
    if suffix is None:
        return None
    args = next((c for c in suffix.children if c.type == "value_arguments"), None)
    labels = []
    for a in args.children if args is not None else []:
        if a.type == "value_argument":
            nm = a.child_by_field_name("name")
            labels.append(text(nm).rstrip(":").strip().strip("`") if nm is not None else "_")
    return labels


def type_names(n):
    """The type identifiers of a `user_type`, without a leading module name."""
    ids = [text(c) for c in n.children if c.type == "type_identifier"]
    while len(ids) > 1 and ids[0] in MODULES:
        ids = ids[1:]
    return ids


def annotated_type(n):
    """`StegvisCompanion` for `x: StegvisCompanion`, `x: StegvisCompanion?` and `x: StegvisCompanion!`;
    nothing for a function, tuple or collection type that merely mentions it."""
    for c in n.children:
        while c.type in ("type_annotation", "optional_type", "implicitly_unwrapped_type", "type_modifiers"):
            inner = [x for x in c.children if x.is_named and x.type not in ("type_modifiers",)]
            if not inner:
                return None
            c = inner[0]
        if c.type == "user_type":
            ids = type_names(c)
            return ids[-1] if ids else None
    return None


def declared_types(trees):
    """Every type the shell declares itself: structs, classes, enums, protocols, aliases,
    generic parameters and associated types."""
    out = set()
    for tree in trees:
        for n in walk(tree.root_node):
            if n.type in ("class_declaration", "protocol_declaration", "typealias_declaration"):
                kind = n.child_by_field_name("declaration_kind")
                if kind is not None and text(kind) == "extension":
                    continue
                nm = n.child_by_field_name("name")
                if nm is not None:
                    out.add(text(nm).split("<")[0].strip())
            elif n.type in ("type_parameter", "associatedtype_declaration"):
                for c in n.children:
                    if c.type == "type_identifier":
                        out.add(text(c))
                        break
    return out


def declared_members(trees):
    """Functions and properties the shell declares: a call `actions.logDose(...)` on one of
    them is the shell's own, even when the core has a method of the same name."""
    out = set()
    for tree in trees:
        for n in walk(tree.root_node):
            if n.type in ("function_declaration", "protocol_function_declaration"):
                nm = name_of(n)
                if nm:
                    out.add(nm)
            elif n.type in ("property_declaration", "protocol_property_declaration"):
                p = n.child_by_field_name("name")
                if p is not None:
                    out.add(text(p).split(":")[0].strip())
    return out


def word_list(paths):
    """The names in word lists: whitespace-separated, `#` starts a comment."""
    names = set()
    for path in paths:
        with open(path) as f:
            for line in f:
                line = line.split("#")[0].strip()
                if line:
                    names.update(line.split())
    return names


def platform_types():
    """platform-types.txt and every list in platform-types/ (one per feature folder)."""
    paths = [os.path.join(HERE, "platform-types.txt")]
    extra = os.path.join(HERE, "platform-types")
    if os.path.isdir(extra):
        paths += [os.path.join(extra, f) for f in sorted(os.listdir(extra)) if f.endswith(".txt")]
    return word_list(paths)


def platform_cases():
    """Enum cases of Apple's SDKs and the standard library the shell writes as implicit
    members (`case .denied:`, `== .none`): platform-cases.txt."""
    return word_list([os.path.join(HERE, "platform-cases.txt")])


def implicit_cases(n):
    """The case name of an implicit member in a `case` pattern (`case .stepDue:`,
    `case let .take(at):`) or beside `==`/`!=` (`kind == .dose`), else None."""
    if n.type == "switch_pattern":
        pat = next((c for c in n.children if c.type == "pattern"), None)
        if pat is not None:
            kids = [c for c in pat.children if c.type != "value_binding_pattern"]
            if len(kids) >= 2 and kids[0].type == "." and kids[1].type == "simple_identifier":
                return text(kids[1])
    elif n.type == "prefix_expression" and n.parent is not None:
        kids = n.children
        if len(kids) == 2 and kids[0].type == "." and kids[1].type == "simple_identifier":
            if any(text(c) in ("==", "!=") for c in n.parent.children):
                return text(kids[1])
    return None


def declaration(n):
    """(name, type) for a property or a parameter declared with a type
    (`let core: AppCore`, `item: TodayItem`); (name, None) when it has none; else None."""
    if n.type == "property_declaration":
        pat = n.child_by_field_name("name")
        if pat is None:
            return None
        ann = next((c for c in n.children if c.type == "type_annotation"), None)
        return text(pat).split(":")[0].strip(), annotated_type(ann) if ann is not None else None
    if n.type == "parameter":
        nm = n.child_by_field_name("name")
        return (text(nm), annotated_type(n)) if nm is not None else None
    return None


def typed_names(trees, types):
    """Properties and parameters declared with a generated class or protocol type, by name,
    across every file: `let companion: StegvisCompanion` makes `core.companion.x()` checkable."""
    typed = {}
    for tree in trees:
        for n in walk(tree.root_node):
            declared = declaration(n)
            if declared is not None:
                name, tn = declared
                if tn in types and types[tn]["kind"] in ("class", "protocol"):
                    typed[name] = tn
    return typed


def inside(n, kind):
    p = n.parent
    while p is not None:
        if p.type == kind:
            return True
        p = p.parent
    return False


def closure_core(lam):
    """The core's type when `lam` is the trailing closure of `x.read { }` or `x.write { }`."""
    suffix = lam.parent
    if suffix is None or suffix.type != "call_suffix":
        return None
    call = suffix.parent
    if call is None or call.type != "call_expression":
        return None
    callee = call.children[0]
    if callee.type == "navigation_expression":
        member = callee.child_by_field_name("suffix")
        name = text(member).lstrip(".") if member is not None else ""
    else:
        name = text(callee)
    return CORE_CLOSURES.get(name)


def closure_names(lam):
    names = ["$0"]
    ty = next((c for c in lam.children if c.type == "lambda_function_type"), None)
    if ty is not None:
        for p in walk(ty):
            if p.type == "lambda_parameter":
                nm = p.child_by_field_name("name")
                if nm is not None:
                    names.append(text(nm))
                break
    return names


def record_names(tree, types):
    """In one file, the names declared only with generated record types (`let view: TodayView`,
    `item: TodayItem` as a parameter). A name also bound any other way in the file
    (`if let step = drafts.step`, a closure's `step in`, `for step in`, an untyped `let`)
    is left out: without a type checker the checker cannot tell which binding a use means."""
    typed, other = {}, set()
    for n in walk(tree.root_node):
        if n.type in ("property_declaration", "parameter"):
            declared = declaration(n)
            if declared is None:
                continue
            name, tn = declared
        elif n.type in ("lambda_parameter", "pattern"):
            for c in n.children:
                if c.type == "simple_identifier":
                    other.add(text(c))
            continue
        else:
            # `if let x = ...`, `guard let x = ...`, `while let x = ...`
            kids = n.children
            for a, b in zip(kids, kids[1:]):
                if a.type == "value_binding_pattern" and b.type == "simple_identifier":
                    other.add(text(b))
            continue
        if tn in types and types[tn]["kind"] == "struct":
            typed.setdefault(name, set()).add(tn)
        else:
            other.add(name)
    return {name: owners for name, owners in typed.items() if name not in other}


def owner_of(target, typed, scoped):
    """The generated type a call's target has, when the checker can know it."""
    t = text(target).strip()
    for prefix in ("try? ", "try! ", "try ", "self."):
        t = t.removeprefix(prefix)
    if t in scoped:
        return scoped[t]
    last = t.split(".")[-1].rstrip("?!")
    return typed.get(last)


def check(generated, paths):
    a = api(parse(generated))
    types, funcs = a["types"], a["functions"]
    methods = {}
    for tname, t in types.items():
        for m, sigs in t["methods"].items():
            methods.setdefault(m, []).extend((tname, s) for s in sigs)
    files = swift_files(paths)
    trees = {path: parse(path) for path in files}
    typed = typed_names(trees.values(), types)
    known_types = set(types) | declared_types(trees.values()) | platform_types()
    own_members = declared_members(trees.values())
    # Every case an implicit member may name: generated, declared in the shell, or the SDKs'.
    known_cases = set(platform_cases())
    for t in types.values():
        known_cases |= set(t["cases"])
    for tree in trees.values():
        for n in walk(tree.root_node):
            if n.type == "enum_entry":
                known_cases |= {text(c) for c in n.children if c.type == "simple_identifier"}
    problems, checked = [], 0

    for path, tree in trees.items():
        for line, col, kind, snippet in syntax_problems(tree):
            problems.append(f"{path}:{line}:{col}: syntax {kind}: {snippet}")
        # Names a closure binds to the core, by the closure's node range.
        scopes = []
        for n in walk(tree.root_node):
            if n.type == "lambda_literal":
                owner = closure_core(n)
                if owner is not None:
                    scopes.append((n.start_byte, n.end_byte, {nm: owner for nm in closure_names(n)}))

        records = record_names(tree, types)

        def scoped_at(node):
            out = {}
            for start, end, names in scopes:
                if start <= node.start_byte and node.end_byte <= end:
                    out.update(names)
            return out

        for n in walk(tree.root_node):
            where = f"{path}:{n.start_point[0] + 1}:{n.start_point[1] + 1}"
            case = implicit_cases(n)
            if case is not None:
                # Without types the enum is unknown, but a case renamed or removed in the
                # core is in no enum at all any more.
                checked += 1
                if case not in known_cases:
                    problems.append(f"{where}: .{case} is a case of no enum (generated, the shell's, or platform-cases.txt)")
            if n.type == "user_type" and not inside(n, "attribute"):
                ids = type_names(n)
                if ids and ids[0] not in known_types:
                    checked += 1
                    problems.append(f"{where}: unknown type {ids[0]} (not generated, not declared in the shell, not in platform-types)")
                elif ids and ids[0] in types:
                    checked += 1
            elif n.type == "call_expression":
                callee = n.children[0]
                labels = call_labels(n)
                if labels is None:
                    continue
                if callee.type == "simple_identifier":
                    nm = text(callee)
                    if nm in types and types[nm]["kind"] in ("struct", "class"):
                        checked += 1
                        inits = types[nm]["inits"]
                        if inits and labels not in inits:
                            problems.append(f"{where}: {nm}({', '.join(l + ':' for l in labels)}) matches no init; known: {inits}")
                    elif nm[:1].isupper() and nm not in known_types:
                        checked += 1
                        problems.append(f"{where}: {nm}(...) makes an unknown type (not generated, not declared in the shell, not in platform-types)")
                    elif nm in funcs:
                        checked += 1
                        if labels not in funcs[nm]:
                            problems.append(f"{where}: {nm}({labels}) matches no signature {funcs[nm]}")
                elif callee.type == "navigation_expression":
                    target = callee.child_by_field_name("target")
                    suffix = callee.child_by_field_name("suffix")
                    member = text(suffix).lstrip(".").strip("`") if suffix is not None else None
                    tname = text(target) if target is not None else ""
                    tname = ".".join(p for p in tname.split(".") if p not in MODULES) or tname
                    owner = owner_of(target, typed, scoped_at(n)) if target is not None else None
                    if tname in types:
                        t = types[tname]
                        checked += 1
                        if t["kind"] == "enum":
                            if member not in t["cases"]:
                                problems.append(f"{where}: {tname}.{member}: no such case; cases: {sorted(t['cases'])}")
                            elif labels != t["cases"][member] and t["cases"][member]:
                                problems.append(f"{where}: {tname}.{member}({labels}) expects {t['cases'][member]}")
                        elif member not in t["static"]:
                            problems.append(f"{where}: {tname}.{member}(...) is not a static function of {tname}; have {sorted(t['static'])}")
                        elif labels not in t["static"][member]:
                            problems.append(f"{where}: {tname}.{member}({labels}) matches no signature {t['static'][member]}")
                    elif owner is not None:
                        checked += 1
                        sigs = types[owner]["methods"].get(member)
                        if sigs is None:
                            problems.append(f"{where}: {text(target)}.{member}(...): {owner} has no method {member}")
                        elif labels not in sigs:
                            problems.append(f"{where}: {text(target)}.{member}({', '.join(l + ':' for l in labels)}) matches no signature of {owner}: {sigs}")
                    elif member in methods and member not in own_members:
                        checked += 1
                        sigs = [s for _, s in methods[member]]
                        if labels not in sigs:
                            owners = sorted({o for o, _ in methods[member]})
                            problems.append(f"{where}: .{member}({', '.join(l + ':' for l in labels)}) matches no signature of {owners}: {sigs}")
            elif n.type == "navigation_expression" and n.parent is not None and n.parent.type != "call_expression":
                target = n.child_by_field_name("target")
                suffix = n.child_by_field_name("suffix")
                if target is None or suffix is None:
                    continue
                tname = ".".join(p for p in text(target).split(".") if p not in MODULES)
                if tname in types and types[tname]["kind"] == "enum":
                    checked += 1
                    member = text(suffix).lstrip(".").strip("`")
                    if member not in types[tname]["cases"]:
                        problems.append(f"{where}: {tname}.{member}: no such case; cases: {sorted(types[tname]['cases'])}")
                else:
                    # A property read on the core (`core.companion.today` without a call).
                    owner = owner_of(target, typed, scoped_at(n))
                    member = text(suffix).lstrip(".").strip("`")
                    if owner is not None and member not in types[owner]["methods"] and member not in types[owner]["props"]:
                        checked += 1
                        problems.append(f"{where}: {text(target)}.{member}: {owner} has no member {member}")
                    elif owner is None and target.type == "simple_identifier" and text(target) in records:
                        # A field read on a record the file declared (`view.sections`): it
                        # must be a field of one of the record types that name has here.
                        owners = records[text(target)]
                        checked += 1
                        if not any(member in types[o]["props"] for o in owners):
                            problems.append(f"{where}: {text(target)}.{member}: no field {member} in {sorted(owners)}")
            elif n.type == "class_declaration":
                for inh in (c for c in n.children if c.type == "inheritance_specifier"):
                    proto = text(inh)
                    if proto in types and types[proto]["kind"] == "protocol":
                        checked += 1
                        body = n.child_by_field_name("body")
                        have = {}
                        for m in body.children if body is not None else []:
                            if m.type == "function_declaration":
                                have.setdefault(name_of(m), []).append(params(m))
                        for req, sigs in types[proto]["methods"].items():
                            for s in sigs:
                                if s not in have.get(req, []):
                                    problems.append(f"{where}: {name_of(n)} conforms to {proto} but lacks func {req}({', '.join(l + ':' for l in s)})")
    return problems, checked, len(files)


def project(path):
    """What the schema cannot check: the paths and names project.yml points at."""
    from ruamel.yaml import YAML  # check-jsonschema brings ruamel.yaml

    base = os.path.dirname(os.path.abspath(path))
    with open(path) as f:
        spec = YAML(typ="safe").load(f)
    problems = []
    targets = spec.get("targets", {})
    packages = spec.get("packages", {})
    products = {}
    for name, pkg in packages.items():
        if "path" in pkg:
            manifest = os.path.join(base, pkg["path"], "Package.swift")
            if not os.path.isfile(manifest):
                problems.append(f"package {name}: no Package.swift at {pkg['path']}")
                continue
            with open(manifest) as f:
                products[name] = set(re.findall(r'\.library\(\s*name:\s*"([^"]+)"', f.read()))
    for tname, target in targets.items():
        for src in target.get("sources", []):
            p = src if isinstance(src, str) else src["path"]
            if not os.path.exists(os.path.join(base, p)):
                problems.append(f"target {tname}: source {p} does not exist")
        info = target.get("info")
        if info is not None and not os.path.isdir(os.path.dirname(os.path.join(base, info["path"]))):
            problems.append(f"target {tname}: the folder of {info['path']} does not exist")
        for dep in target.get("dependencies", []):
            if "target" in dep and dep["target"] not in targets:
                problems.append(f"target {tname}: depends on unknown target {dep['target']}")
            if "package" in dep:
                if dep["package"] not in packages:
                    problems.append(f"target {tname}: depends on unknown package {dep['package']}")
                elif "product" in dep and dep["package"] in products and dep["product"] not in products[dep["package"]]:
                    problems.append(f"target {tname}: package {dep['package']} has no product {dep['product']}")
    # What iOS reads before the app runs: every key of the String Catalog is in the app's
    # Info.plist properties, with the catalog's English words as its development value.
    catalog_path = os.path.join(base, "Resources", "InfoPlist.xcstrings")
    if os.path.isfile(catalog_path):
        with open(catalog_path) as f:
            catalog = json.load(f)["strings"]
        apps = [t for t in targets.values() if t.get("type") == "application"]
        def nested_strings(value):
            if isinstance(value, str):
                yield value
            elif isinstance(value, dict):
                for v in value.values():
                    yield from nested_strings(v)
            elif isinstance(value, list):
                for v in value:
                    yield from nested_strings(v)

        for app in apps:
            props = app.get("info", {}).get("properties", {})
            nested = {v for k, v in props.items() if not isinstance(v, str) for v in nested_strings(v)}
            for key, entry in catalog.items():
                en = entry["localizations"]["en"]["stringUnit"]["value"]
                if key in nested and key == en:
                    continue  # a nested value (a document type's name), localized by its words
                if key not in props:
                    problems.append(f"Info.plist lacks {key}, which InfoPlist.xcstrings translates")
                elif props[key] != en:
                    problems.append(f"Info.plist {key} is {props[key]!r}, the catalog's English is {en!r}")
    for sname, scheme in spec.get("schemes", {}).items():
        for t in list(scheme.get("build", {}).get("targets", {})) + scheme.get("test", {}).get("targets", []):
            if t not in targets:
                problems.append(f"scheme {sname}: unknown target {t}")
    return problems


# What each seeded file must be caught for: (file, command, problems expected).
SEEDED = [
    ("seeded/Syntax.swift", "parse", 3),
    ("seeded/WrongApi.swift", "check", 11),
]


def selftest(generated):
    bad = 0
    for rel, cmd, expected in SEEDED:
        path = os.path.join(HERE, rel)
        if cmd == "parse":
            found = len(syntax_problems(parse(path)))
        else:
            found = len(check(generated, [path])[0])
        ok = found == expected
        bad += not ok
        print(f"{rel}: {found} problem(s) caught, {expected} seeded: {'OK' if ok else 'WRONG'}")
    return 1 if bad else 0


def main(argv):
    if len(argv) < 3:
        print(__doc__)
        return 2
    cmd = argv[1]
    if cmd == "parse":
        bad = 0
        files = swift_files(argv[2:])
        for path in files:
            probs = syntax_problems(parse(path))
            bad += bool(probs)
            if probs:
                print(f"{path}: {len(probs)} syntax problem(s)")
            for line, col, kind, snippet in probs[:10]:
                print(f"  {line}:{col} {kind}: {snippet}")
        print(f"{len(files)} Swift file(s) parsed, {bad} with syntax problems")
        return 1 if bad else 0
    if cmd == "api":
        print(json.dumps(api(parse(argv[2])), indent=1, sort_keys=True))
        return 0
    if cmd == "check":
        problems, checked, files = check(argv[2], argv[3:])
        for p in problems:
            print(p)
        print(f"{files} Swift file(s): {checked} uses of the generated API and type names checked, {len(problems)} problem(s)")
        return 1 if problems else 0
    if cmd == "project":
        problems = project(argv[2])
        for p in problems:
            print(p)
        print(f"{argv[2]}: {len(problems)} problem(s) beyond the schema")
        return 1 if problems else 0
    if cmd == "selftest":
        return selftest(argv[2])
    print(__doc__)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv))
