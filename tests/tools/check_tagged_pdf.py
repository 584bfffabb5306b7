#!/usr/bin/python3
"""Checks a tagged PDF against the machine-checkable conditions of PDF/UA-1 (ISO 14289-1)
that the Matterhorn protocol lists and that this project can meet and test with pikepdf:
tagged content, figures with alternative text, headings in order, links in Link
elements, embedded fonts with ToUnicode, title and identification.

Usage: check_tagged_pdf.py FILE.pdf [--tree] [--headings]
  --tree      print the structure tree, one element per line, with its text
  --headings  print the headings' text in reading order, one per line
Exits 1 and names every failed condition; exits 0 and prints "ok" otherwise.
"""
import re
import sys

import pikepdf

STANDARD_TYPES = {
    "Document", "Part", "Art", "Sect", "Div", "BlockQuote", "Caption", "TOC", "TOCI", "Index",
    "NonStruct", "Private", "P", "H", "H1", "H2", "H3", "H4", "H5", "H6", "L", "LI", "Lbl", "LBody",
    "Table", "TR", "TH", "TD", "THead", "TBody", "TFoot", "Span", "Quote", "Note", "Reference",
    "BibEntry", "Code", "Link", "Annot", "Ruby", "RB", "RT", "RP", "Warichu", "WT", "WP", "Figure",
    "Formula", "Form",
}
# Operators that put something on the page: text shown, paths painted, XObjects drawn.
PAINTING = {"Tj", "TJ", "'", '"', "f", "F", "f*", "S", "s", "B", "B*", "b", "b*", "Do", "sh", "BI"}


def to_unicode_map(font):
    """The font's ToUnicode map as {two-byte code: text}, read from its bfchar and bfrange
    entries (a missing map gives an empty one, which check_fonts reports)."""
    mapping = {}
    stream = font.get("/ToUnicode")
    if stream is None:
        return mapping
    text = stream.read_bytes().decode("latin-1")
    for block in re.findall(r"beginbfchar(.*?)endbfchar", text, re.S):
        for code, target in re.findall(r"<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>", block):
            mapping[int(code, 16)] = bytes.fromhex(target).decode("utf-16-be")
    for block in re.findall(r"beginbfrange(.*?)endbfrange", text, re.S):
        for first, last, target in re.findall(r"<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>", block):
            start = int(target, 16)
            for offset, code in enumerate(range(int(first, 16), int(last, 16) + 1)):
                mapping[code] = chr(start + offset)
    return mapping


def decoded_text(operands, mapping):
    """The text a show operator draws in a font with two-byte codes, through its ToUnicode
    map; a code the map lacks gives U+FFFD."""
    text = ""
    for operand in operands:
        items = operand if isinstance(operand, pikepdf.Array) else [operand]
        for item in items:
            if isinstance(item, pikepdf.String):
                raw = bytes(item)
                text += "".join(mapping.get(int.from_bytes(raw[i:i + 2], "big"), "\ufffd")
                                for i in range(0, len(raw) - 1, 2))
    return text


class Checker:
    def __init__(self, path):
        self.pdf = pikepdf.open(path)
        self.failures = []
        self.page_mcids = {}  # page objgen -> {mcid: text}
        self.referenced = {}  # (page objgen, mcid) -> count

    def fail(self, message):
        self.failures.append(message)

    def check_document(self):
        root = self.pdf.Root
        if not bool(root.get("/MarkInfo", {}).get("/Marked", False)):
            self.fail("the catalog's /MarkInfo does not say /Marked true")
        if "/StructTreeRoot" not in root:
            self.fail("the document has no structure tree")
        if not str(root.get("/Lang", "")):
            self.fail("the catalog has no /Lang")
        if not bool(root.get("/ViewerPreferences", {}).get("/DisplayDocTitle", False)):
            self.fail("the viewer preferences do not display the document title")
        if not str(self.pdf.docinfo.get("/Title", "")):
            self.fail("the document has no title")
        meta = self.pdf.open_metadata()
        if str(meta.get("{http://www.aiim.org/pdfua/ns/id/}part")) != "1":
            self.fail("the XMP metadata does not name PDF/UA-1 (pdfuaid:part)")
        if not meta.get("dc:title"):
            self.fail("the XMP metadata has no dc:title")

    def check_fonts(self):
        seen = set()
        for page in self.pdf.pages:
            for name, font in page.Resources.get("/Font", {}).items():
                if font.objgen in seen:
                    continue
                seen.add(font.objgen)
                if "/ToUnicode" not in font:
                    self.fail(f"font {font.get('/BaseFont')} has no ToUnicode map")
                descendants = font.get("/DescendantFonts", [font])
                for descendant in descendants:
                    descriptor = descendant.get("/FontDescriptor", {})
                    if not any(k in descriptor for k in ("/FontFile", "/FontFile2", "/FontFile3")):
                        self.fail(f"font {font.get('/BaseFont')} is not embedded")

    def check_content(self):
        """Every painting operator lies in marked content with an MCID, or in an artifact."""
        for number, page in enumerate(self.pdf.pages, 1):
            mcids = {}
            stack = []  # each open sequence: ("artifact" | "mcid" | "other", mcid)
            fonts = page.Resources.get("/Font", {})
            maps = {}  # each font's ToUnicode map, read once a page
            mapping = {}
            for operands, operator in pikepdf.parse_content_stream(page):
                op = str(operator)
                if op == "Tf":
                    name = str(operands[0])
                    if name not in maps:
                        maps[name] = to_unicode_map(fonts.get(name, {}))
                    mapping = maps[name]
                elif op == "BMC":
                    stack.append(("artifact" if str(operands[0]) == "/Artifact" else "other", None))
                elif op == "BDC":
                    properties = operands[1]
                    if str(operands[0]) == "/Artifact":
                        stack.append(("artifact", None))
                    elif isinstance(properties, pikepdf.Dictionary) and "/MCID" in properties:
                        mcid = int(properties.MCID)
                        if mcid in mcids:
                            self.fail(f"page {number}: MCID {mcid} is used twice")
                        mcids[mcid] = ""
                        stack.append(("mcid", mcid))
                    else:
                        stack.append(("other", None))
                elif op == "EMC":
                    if not stack:
                        self.fail(f"page {number}: EMC without a sequence to end")
                    else:
                        stack.pop()
                elif op in PAINTING:
                    kinds = [kind for kind, _ in stack]
                    if "artifact" in kinds and "mcid" in kinds:
                        self.fail(f"page {number}: content is both an artifact and tagged")
                    if "artifact" not in kinds and "mcid" not in kinds:
                        self.fail(f"page {number}: '{op}' draws content that is neither tagged nor an artifact")
                    mcid = next((m for kind, m in reversed(stack) if kind == "mcid"), None)
                    if mcid is not None and op in ("Tj", "TJ", "'", '"'):
                        mcids[mcid] += decoded_text(operands, mapping)
            if stack:
                self.fail(f"page {number}: {len(stack)} marked-content sequences are never ended")
            self.page_mcids[page.obj.objgen] = mcids

    def walk(self, element, page, depth, visit):
        """Visits `element` and its descendants in reading order."""
        page = element.get("/Pg", page)
        visit(element, depth)
        kids = element.get("/K")
        if kids is None:
            return
        if not isinstance(kids, pikepdf.Array):
            kids = [kids]
        for kid in kids:
            if isinstance(kid, int):
                self.reference(page, kid, element)
            elif isinstance(kid, pikepdf.Dictionary) and kid.get("/Type") == "/MCR":
                self.reference(kid.get("/Pg", page), int(kid.MCID), element)
            elif isinstance(kid, pikepdf.Dictionary) and kid.get("/Type") == "/OBJR":
                self.objr.append((kid.Obj.objgen, element))
            elif isinstance(kid, pikepdf.Dictionary):
                self.walk(kid, page, depth + 1, visit)

    def reference(self, page, mcid, element):
        if page is None:
            self.fail(f"{element.get('/S')} names MCID {mcid} but no page")
            return
        key = (page.objgen, mcid)
        self.referenced[key] = self.referenced.get(key, 0) + 1
        self.element_text[element.objgen] = self.element_text.get(element.objgen, "") + \
            self.page_mcids.get(page.objgen, {}).get(mcid, "")
        if mcid not in self.page_mcids.get(page.objgen, {}):
            self.fail(f"{element.get('/S')} names MCID {mcid}, which its page does not have")

    def check_tree(self, print_tree, print_headings):
        root = self.pdf.Root.get("/StructTreeRoot")
        if root is None:
            return
        self.objr = []
        self.element_text = {}
        elements = []

        def visit(element, depth):
            elements.append((element, depth))

        kids = root.K if isinstance(root.K, pikepdf.Array) else [root.K]
        for kid in kids:
            self.walk(kid, None, 0, visit)
        headings = []
        for element, depth in elements:
            kind = str(element.get("/S", ""))[1:]
            if kind not in STANDARD_TYPES:
                self.fail(f"structure type {kind} is not a standard one (and there is no RoleMap)")
            if kind == "Figure" and not str(element.get("/Alt", "")).strip():
                self.fail("a Figure has no alternative text")
            if kind in ("H1", "H2", "H3", "H4", "H5", "H6"):
                headings.append((int(kind[1]), self.element_text.get(element.objgen, "")))
        previous = 0
        for level, text in headings:
            if level > previous + 1:
                self.fail(f"heading level {level} ('{text}') follows level {previous}")
            previous = level
        for page_objgen, mcids in self.page_mcids.items():
            for mcid in mcids:
                count = self.referenced.get((page_objgen, mcid), 0)
                if count != 1:
                    self.fail(f"MCID {mcid} of a page belongs to {count} elements")
        self.check_parent_tree(root)
        self.check_annotations()
        if print_tree:
            for element, depth in elements:
                kind = str(element.get("/S"))[1:]
                alt = str(element.get("/Alt", ""))
                text = self.element_text.get(element.objgen, "")
                print("  " * depth + kind + (f" [{alt}]" if alt else "") + (f": {text}" if text else ""))
        if print_headings:
            for level, text in headings:
                print(f"H{level} {text}")

    def check_parent_tree(self, root):
        nums = root.get("/ParentTree", {}).get("/Nums", [])
        entries = {int(nums[i]): nums[i + 1] for i in range(0, len(nums), 2)}
        for number, page in enumerate(self.pdf.pages, 1):
            key = page.obj.get("/StructParents")
            if key is None:
                self.fail(f"page {number} has no /StructParents")
                continue
            if page.obj.get("/Tabs") != "/S":
                self.fail(f"page {number} does not order its tabs by structure (/Tabs /S)")
            parents = entries.get(int(key))
            mcids = self.page_mcids.get(page.obj.objgen, {})
            if parents is None or len(parents) != len(mcids):
                self.fail(f"page {number}: the ParentTree does not give each MCID its element")

    def check_annotations(self):
        in_links = {objgen for objgen, element in self.objr if element.get("/S") == "/Link"}
        for number, page in enumerate(self.pdf.pages, 1):
            for annotation in page.obj.get("/Annots", []):
                if annotation.get("/Subtype") != "/Link":
                    continue
                if annotation.objgen not in in_links:
                    self.fail(f"page {number}: a link annotation has no Link element")
                if not str(annotation.get("/Contents", "")).strip():
                    self.fail(f"page {number}: a link annotation has no /Contents")
                if "/StructParent" not in annotation:
                    self.fail(f"page {number}: a link annotation has no /StructParent")


def main():
    if len(sys.argv) < 2:
        print(__doc__, file=sys.stderr)
        return 2
    checker = Checker(sys.argv[1])
    checker.check_document()
    checker.check_fonts()
    checker.check_content()
    checker.check_tree("--tree" in sys.argv, "--headings" in sys.argv)
    for failure in checker.failures:
        print("FAIL:", failure)
    if checker.failures:
        return 1
    if "--tree" not in sys.argv and "--headings" not in sys.argv:
        print("ok")
    return 0


if __name__ == "__main__":
    sys.exit(main())
