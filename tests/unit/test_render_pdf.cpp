// The PDF renderer, checked with real PDF tools nobody here wrote: qpdf, pdftotext,
// pdffonts and pdfinfo from poppler.

#include <catch2/catch.hpp>

#include <algorithm>

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <regex>
#include <sstream>
#include <string>
#include <vector>

#include "render/pdf/embedded_font.hpp"
#include "render/pdf/render_pdf.hpp"
#include "support/tools.hpp"

using namespace brochure;
using brochure::test::unpacked_objects_of;
namespace fs = std::filesystem;

namespace {

const std::string kFontDir = std::string(BROCHURE_SOURCE_DIR) + "/fonts/";

RenderOptions noto_options() {
    RenderOptions options;
    options.fonts = {kFontDir + "NotoSans-Regular.ttf", kFontDir + "NotoSans-Bold.ttf",
                     kFontDir + "NotoSans-Italic.ttf", kFontDir + "NotoSans-BoldItalic.ttf"};
    return options;
}

const std::vector<std::string> kTexts = {
    "Café crème à la façade — Zażółć gęślą jaźń",
    "It’s the organisation’s “annual” report",
    "Ελληνικά: Καλημέρα κόσμε",
    "Русский: Привет, мир",
};

TextRun text_run(std::string text, FontFace face, double baseline_pt) {
    TextRun run;
    run.left_pt = 56;
    run.baseline_pt = baseline_pt;
    run.face = face;
    run.size_pt = 12;
    run.color = Color{0.1, 0.2, 0.5};
    run.text = std::move(text);
    return run;
}

Document sample_document() {
    Document document;
    document.info = {"Brochure of the Société ΑΒΓ", "Zoë Ångström", "Who we are", "non-profit, Ελλάδα", "fr"};
    Page first{595.276, 841.89, {}, 0, 0, {}};
    first.items.push_back(FilledRect{Rect{0, 0, 595.276, 120}, Color{0.9, 0.95, 1}});
    const FontFace faces[] = {FontFace::regular, FontFace::bold, FontFace::italic, FontFace::bold_italic};
    for (std::size_t i = 0; i < kTexts.size(); ++i)
        first.items.push_back(text_run(kTexts[i], faces[i], 200 + 40 * static_cast<double>(i)));
    first.items.push_back(LineSegment{56, 380, 539, 380, 0.75, Color{0.5, 0.5, 0.5}});
    FilledRects modules;
    for (int row = 0; row < 3; ++row)
        for (int column = 0; column < 3; ++column)
            if ((row + column) % 2 == 0) modules.rects.push_back(Rect{400.0 + 4 * column, 500.0 + 4 * row, 4, 4});
    first.items.push_back(modules);
    first.items.push_back(Link{Rect{56, 600, 200, 20}, "https://example.org/société"});

    Page second{595.276, 841.89, {}, 0, 0, {}};
    second.items.push_back(text_run("Second page", FontFace::regular, 100));
    document.pages = {first, second};
    document.bookmarks = {{"Qui sommes-nous ?", 0, 180}, {"Προφίλ", 1, 80}};
    return document;
}

// A scratch folder removed when the test ends.
struct ScratchFolder {
    fs::path path;
    ScratchFolder() {
        std::string pattern = (fs::temp_directory_path() / "render-test-XXXXXX").string();
        path = ::mkdtemp(pattern.data());
    }
    ~ScratchFolder() { fs::remove_all(path); }
    std::string write(const std::string& name, const std::string& bytes) const {
        const std::string file = (path / name).string();
        std::ofstream(file, std::ios::binary) << bytes;
        return file;
    }
    std::string read(const std::string& name) const {
        std::ifstream in(path / name, std::ios::binary);
        return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
    }
};

struct CommandResult {
    int exit_code = -1;
    std::string out;
    std::string err;
};

// Runs `command` through the shell with its output and error streams kept apart.
CommandResult run(const ScratchFolder& scratch, const std::string& command) {
    const std::string out = (scratch.path / "stdout").string();
    const std::string err = (scratch.path / "stderr").string();
    const int status = std::system((command + " >'" + out + "' 2>'" + err + "'").c_str());
    return {WIFEXITED(status) ? WEXITSTATUS(status) : -1, scratch.read("stdout"), scratch.read("stderr")};
}

std::vector<std::vector<std::string>> pdffonts_rows(const std::string& listing) {
    std::vector<std::vector<std::string>> rows;
    std::istringstream lines(listing);
    std::string line;
    bool after_rule = false;
    while (std::getline(lines, line)) {
        if (line.rfind("----", 0) == 0) {
            after_rule = true;
            continue;
        }
        if (!after_rule || line.empty()) continue;
        std::istringstream words(line);
        std::vector<std::string> row{std::istream_iterator<std::string>(words), std::istream_iterator<std::string>()};
        rows.push_back(row);
    }
    return rows;
}

}  // namespace

TEST_CASE("render_pdf writes a complete PDF that qpdf accepts", "[render]") {
    const RenderResult result = render_pdf(sample_document(), noto_options());
    INFO(result.error);
    REQUIRE(result.ok());
    CHECK(result.pdf_bytes.rfind("%PDF-", 0) == 0);
    const std::size_t end = result.pdf_bytes.find_last_not_of("\r\n");
    REQUIRE(end != std::string::npos);
    CHECK(result.pdf_bytes.substr(end - 4, 5) == "%%EOF");

    const ScratchFolder scratch;
    const std::string pdf = scratch.write("out.pdf", result.pdf_bytes);
    const CommandResult check = run(scratch, "qpdf --check '" + pdf + "'");
    INFO(check.out << check.err);
    CHECK(check.exit_code == 0);
}

TEST_CASE("pdftotext gives back every text run exactly", "[render]") {
    const RenderResult result = render_pdf(sample_document(), noto_options());
    INFO(result.error);
    REQUIRE(result.ok());
    const ScratchFolder scratch;
    const std::string pdf = scratch.write("out.pdf", result.pdf_bytes);
    const CommandResult text = run(scratch, "pdftotext -enc UTF-8 '" + pdf + "' -");
    REQUIRE(text.exit_code == 0);
    // No "Invalid 'begincidrange' operator in ToUnicode CMap": the map is well formed.
    CHECK(text.err.empty());
    for (const std::string& expected : kTexts) CHECK(text.out.find(expected + "\n") != std::string::npos);
    CHECK(text.out.find("Second page") != std::string::npos);
}

TEST_CASE("the words of a justified line are shown by one TJ, each where the layout put it", "[render]") {
    // Four words on one baseline at uneven gaps, then a word on the next line; poppler's
    // pdftotext -bbox gives each word's left edge back.
    const std::vector<std::pair<std::string, double>> words{
        {"Justified", 56}, {"lines", 121.3456}, {"stretch", 170.0021}, {"spaces", 233.5}, {"Next", 56}};
    Document document;
    Page page{595.276, 841.89, {}, 0, 0, {}};
    for (std::size_t i = 0; i < words.size(); ++i) {
        TextRun run = text_run(words[i].first, FontFace::regular, i + 1 < words.size() ? 300 : 315);
        run.left_pt = words[i].second;
        page.items.push_back(run);
    }
    document.pages = {page};
    const RenderResult result = render_pdf(document, noto_options());
    INFO(result.error);
    REQUIRE(result.ok());
    const ScratchFolder scratch;
    const std::string pdf = scratch.write("line.pdf", result.pdf_bytes);
    const CommandResult boxes = run(scratch, "pdftotext -bbox '" + pdf + "' -");
    REQUIRE(boxes.exit_code == 0);
    for (const auto& [word, left_pt] : words) {
        const std::regex box("xMin=\"([0-9.]+)\"[^>]*>" + word + "<");
        std::smatch found;
        INFO(word);
        REQUIRE(std::regex_search(boxes.out, found, box));
        CHECK(std::stod(found[1]) == Approx(left_pt).margin(0.002));  // the thousandth of a point written
    }
    const CommandResult operators = run(scratch, "qpdf --qdf --object-streams=disable '" + pdf + "' - | grep -a -c -E ' TJ$'");
    CHECK(operators.out == "1\n");  // the first line; the second's one word is a Tj
}

TEST_CASE("pdffonts shows every font embedded", "[render]") {
    const RenderResult result = render_pdf(sample_document(), noto_options());
    INFO(result.error);
    REQUIRE(result.ok());
    const ScratchFolder scratch;
    const std::string pdf = scratch.write("out.pdf", result.pdf_bytes);
    const CommandResult listing = run(scratch, "pdffonts '" + pdf + "'");
    REQUIRE(listing.exit_code == 0);
    const auto rows = pdffonts_rows(listing.out);
    CHECK(rows.size() == 4);
    // Subset before embedding: four whole Noto Sans faces would take over 190 KB.
    CHECK(result.pdf_bytes.size() < 60 * 1024);
    for (const auto& row : rows) {
        INFO(listing.out);
        REQUIRE(row.size() >= 6);
        CHECK(row[row.size() - 5] == "yes");  // columns end: emb sub uni object generation
    }
}

TEST_CASE("each face is a composite font with an identity glyph map and an unhinted subset", "[render]") {
    const RenderResult result = render_pdf(sample_document(), noto_options());
    INFO(result.error);
    REQUIRE(result.ok());
    const ScratchFolder scratch;
    const std::string pdf = scratch.write("out.pdf", result.pdf_bytes);
    const std::string plain = (scratch.path / "plain.pdf").string();
    // qpdf's QDF form has every stream decompressed, font programs included.
    const CommandResult expanded = run(scratch, "qpdf --qdf --object-streams=disable '" + pdf + "' '" + plain + "'");
    REQUIRE(expanded.exit_code == 0);
    const std::string text = scratch.read("plain.pdf");
    const auto count = [&](const std::string& needle) {
        std::size_t found = 0;
        for (std::size_t at = text.find(needle); at != std::string::npos; at = text.find(needle, at + 1)) ++found;
        return found;
    };
    CHECK(count("/Subtype /Type0") == 4);
    CHECK(count("/Subtype /CIDFontType2") == 4);
    CHECK(count("/CIDToGIDMap /Identity") == 4);
    CHECK(count("/Encoding /Identity-H") == 4);
    CHECK(count("/FontFile2") == 4);
    CHECK(count("/CapHeight") == 4);
    CHECK(count("beginbfchar") >= 4);
    // The subsets' table directories name glyf but no hinting table and no cmap.
    CHECK(count("glyf") >= 4);
    CHECK(count("fpgm") == 0);
    CHECK(count("prep") == 0);
    // "cmap" shows only in the ToUnicode maps' own operators.
    CHECK(count("cmap") == count("begincmap") + count("endcmap"));
}

TEST_CASE("document information and bookmarks keep their text, beyond the Basic Multilingual Plane too",
          "[render]") {
    Document beyond = sample_document();
    beyond.info.subject = "Flags \U0001F1EB\U0001F1F7 and a party \U0001F389";
    beyond.bookmarks = {{"Watch \U0001F3AC", 0, 180}, {"Plain ASCII", 1, 80}};
    for (const Document& document : {sample_document(), beyond}) {
        INFO(document.info.subject);
        const RenderResult result = render_pdf(document, noto_options());
        INFO(result.error);
        REQUIRE(result.ok());
        const ScratchFolder scratch;
        const std::string pdf = scratch.write("out.pdf", result.pdf_bytes);

        const CommandResult info = run(scratch, "pdfinfo -enc UTF-8 '" + pdf + "'");
        REQUIRE(info.exit_code == 0);
        CHECK(info.out.find("Title:           " + document.info.title + "\n") != std::string::npos);
        CHECK(info.out.find("Author:          " + document.info.author + "\n") != std::string::npos);
        CHECK(info.out.find("Subject:         " + document.info.subject + "\n") != std::string::npos);
        CHECK(info.out.find("Keywords:        " + document.info.keywords + "\n") != std::string::npos);
        CHECK(info.out.find("Pages:           2\n") != std::string::npos);
        CHECK(info.out.find("CreationDate") == std::string::npos);
        const std::string objects = unpacked_objects_of(result.pdf_bytes);
        CHECK(objects.find("/Lang (fr)") != std::string::npos);

        const CommandResult outline = run(scratch, "qpdf --json --json-key=outlines '" + pdf + "'");
        REQUIRE(outline.exit_code == 0);
        for (const Bookmark& bookmark : document.bookmarks) {
            CHECK(outline.out.find("\"title\": \"" + bookmark.title + "\"") != std::string::npos);
            // Printable ASCII is written as it reads, not as UTF-16.
            const bool ascii = std::all_of(bookmark.title.begin(), bookmark.title.end(),
                                           [](char c) { return c >= 0x20 && c < 0x7F; });
            CHECK((objects.find("/Title (" + bookmark.title + ")") != std::string::npos) == ascii);
        }
    }
}

TEST_CASE("two renders are byte-identical, with dates only given a source date", "[render]") {
    const Document document = sample_document();
    const RenderResult first = render_pdf(document, noto_options());
    const RenderResult second = render_pdf(document, noto_options());
    INFO(first.error);
    REQUIRE(first.ok());
    REQUIRE(second.ok());
    CHECK(first.pdf_bytes == second.pdf_bytes);

    RenderOptions dated = noto_options();
    dated.source_date_epoch = 86400LL * 366 + 3661;  // 1971-01-02 01:01:01 UTC
    const RenderResult with_date = render_pdf(document, dated);
    REQUIRE(with_date.ok());
    const std::string objects = unpacked_objects_of(with_date.pdf_bytes);
    CHECK(objects.find("/CreationDate (D:19710102010101+00'00')") != std::string::npos);
    CHECK(objects.find("/ModDate (D:19710102010101+00'00')") != std::string::npos);
    CHECK(with_date.pdf_bytes == render_pdf(document, dated).pdf_bytes);
}

TEST_CASE("a bad font gives an error result, not a crash", "[render]") {
    const ScratchFolder scratch;
    RenderOptions missing = noto_options();
    missing.fonts.bold = (scratch.path / "absent.ttf").string();
    const RenderResult no_file = render_pdf(sample_document(), missing);
    CHECK_FALSE(no_file.ok());
    CHECK(no_file.error.find(missing.fonts.bold) != std::string::npos);
    CHECK(no_file.pdf_bytes.empty());

    RenderOptions junk = noto_options();
    junk.fonts.italic = scratch.write("junk.ttf", "\x00\x01\x00\x00junk");
    const RenderResult not_font = render_pdf(sample_document(), junk);
    CHECK_FALSE(not_font.ok());
    CHECK(not_font.error.find("junk.ttf") != std::string::npos);
}

TEST_CASE("a document without pages is refused", "[render]") {
    const RenderResult result = render_pdf(Document{}, noto_options());
    CHECK_FALSE(result.ok());
    CHECK(result.error == "the document has no pages");
}

TEST_CASE("glyph ids are written as two bytes each in a literal string, its delimiters and line ends escaped",
          "[render]") {
    GlyphSubset subset;
    subset.glyph_of_latin_code_point.assign(kLatinCodePoints, 0);
    // Glyphs whose bytes are a literal string's specials: ( ) \ CR LF, and then 0x28 0x41.
    const std::vector<std::pair<char, std::uint16_t>> glyphs{
        {'a', 0x0028}, {'b', 0x0029}, {'c', 0x005C}, {'d', 0x000D}, {'e', 0x000A}, {'f', 0x2841}, {'g', 0x0107}};
    for (const auto& [letter, glyph] : glyphs) subset.glyph_of_latin_code_point[static_cast<unsigned char>(letter)] = glyph;
    const std::string expected = std::string("(") + '\0' + "\\(" + '\0' + "\\)" + '\0' + "\\\\" + '\0' + "\\r" + '\0' +
                                 "\\n" + "\\(A" + "\x01\x07" + ")";
    CHECK(glyph_id_string(subset, "abcdefg") == expected);
    // No raw line end is left to end the operand's line, and the string closes once.
    const std::string written = glyph_id_string(subset, "abcdefg");
    CHECK(written.find('\n') == std::string::npos);
    CHECK(written.find('\r') == std::string::npos);
    CHECK(glyph_id_string(subset, "") == "()");
    CHECK(glyph_id_string(subset, "z") == std::string("(") + '\0' + '\0' + ")");  // not in the subset: .notdef
}
