// The two targets end to end: build/brochure renders the sample profile for print and for
// screen, and programs nobody here wrote (pdfinfo, qpdf) check the files.

#include <catch2/catch.hpp>

#include <cmath>
#include <iterator>
#include <map>
#include <tuple>
#include <filesystem>
#include <regex>
#include <sstream>
#include <string>
#include <vector>

#include "model/load_profile.hpp"
#include "render/pdf/output_intents.hpp"
#include "support/files.hpp"
#include "support/process.hpp"
#include "support/temp_dir.hpp"
#include "support/text.hpp"
#include "support/tools.hpp"

namespace fs = std::filesystem;
using namespace brochure;
using namespace brochure::test;

namespace {

constexpr double kBleedPt = 8.504;  // 3 mm
// An e-mail attachment: the sample with its logo, cover photo and three video previews,
// and the same profile without images, which is mostly fonts.
constexpr std::size_t kScreenBudgetBytes = 200 * 1024;
constexpr std::size_t kScreenBudgetWithoutImagesBytes = 60 * 1024;

// Renders the sample profile with `options` to `pdf`; the test stops if that fails.
void render(const fs::path& pdf, const std::vector<std::string>& options,
            const std::vector<std::string>& environment = {"SOURCE_DATE_EPOCH"}) {
    std::vector<std::string> argv = {brochure_executable().string(), "render", sample_profile().string()};
    argv.insert(argv.end(), options.begin(), options.end());
    argv.insert(argv.end(), {"-o", pdf.string()});
    const auto result = run_command(argv, environment);
    INFO("brochure said on stderr:\n" << result.err);
    REQUIRE(result.exit_code == 0);
}

// Runs a tool that must succeed and returns its standard output.
std::string output_of(const std::vector<std::string>& argv) {
    const auto result = run_command(argv);
    INFO(argv.front() << " said on stderr:\n" << result.err);
    REQUIRE(result.exit_code == 0);
    return result.out;
}

struct Box {
    double left = 0, bottom = 0, right = 0, top = 0;
};

// pdfinfo -box's "Page    N Name:   l b r t" lines, as boxes per page and name.
std::vector<std::map<std::string, Box>> page_boxes(const fs::path& pdf) {
    require_tool("pdfinfo", "poppler-utils");
    const std::string listing = output_of({"pdfinfo", "-box", "-f", "1", "-l", "99", pdf.string()});
    std::vector<std::map<std::string, Box>> pages;
    const std::regex line(R"(Page\s+(\d+) (\w+):\s+([-\d.]+)\s+([-\d.]+)\s+([-\d.]+)\s+([-\d.]+))");
    for (const auto& text : lines_of(listing)) {
        std::smatch match;
        if (!std::regex_search(text, match, line)) continue;
        const auto page = std::stoul(match[1]);
        if (pages.size() < page) pages.resize(page);
        pages[page - 1][match[2]] = Box{std::stod(match[3]), std::stod(match[4]), std::stod(match[5]),
                                        std::stod(match[6])};
    }
    return pages;
}

// The content streams of `pdf`, uncompressed, found through qpdf's QDF comments.
std::vector<std::string> content_streams(const fs::path& pdf, const fs::path& folder) {
    require_tool("qpdf", "qpdf");
    const fs::path qdf = folder / "qdf.pdf";
    output_of({"qpdf", "--qdf", "--object-streams=disable", pdf.string(), qdf.string()});
    const std::string bytes = read_bytes(qdf);
    std::vector<std::string> streams;
    for (std::size_t at = bytes.find("%% Contents for page"); at != std::string::npos;
         at = bytes.find("%% Contents for page", at + 1)) {
        const std::size_t start = bytes.find("stream\n", at);
        const std::size_t end = bytes.find("endstream", start);
        REQUIRE(end != std::string::npos);
        streams.push_back(bytes.substr(start + 7, end - start - 7));
    }
    return streams;
}

std::vector<std::string> tokens_of(const std::string& stream) {
    std::istringstream words(stream);
    return {std::istream_iterator<std::string>(words), std::istream_iterator<std::string>()};
}

}  // namespace

TEST_CASE("print pages: TrimBox is the paper, BleedBox 3 mm larger, MediaBox holds both", "[e2e][print]") {
    const TempDir folder("print-boxes");
    for (const auto& [paper, width_pt, height_pt] :
         {std::tuple{"a4", 595.276, 841.89}, std::tuple{"letter", 612.0, 792.0}}) {
        const fs::path pdf = folder.path() / (std::string(paper) + ".pdf");
        render(pdf, {"--target", "print", "--paper", paper});
        const auto pages = page_boxes(pdf);
        REQUIRE_FALSE(pages.empty());
        for (const auto& boxes : pages) {
            REQUIRE(boxes.count("TrimBox"));
            REQUIRE(boxes.count("BleedBox"));
            const Box& trim = boxes.at("TrimBox");
            const Box& bleed = boxes.at("BleedBox");
            const Box& media = boxes.at("MediaBox");
            INFO(paper);
            CHECK(trim.right - trim.left == Approx(width_pt).margin(0.02));
            CHECK(trim.top - trim.bottom == Approx(height_pt).margin(0.02));
            CHECK(trim.left - bleed.left == Approx(kBleedPt).margin(0.02));
            CHECK(trim.bottom - bleed.bottom == Approx(kBleedPt).margin(0.02));
            CHECK(bleed.right - trim.right == Approx(kBleedPt).margin(0.02));
            CHECK(bleed.top - trim.top == Approx(kBleedPt).margin(0.02));
            // Room for the crop marks beyond the bleed, on every side.
            CHECK(bleed.left - media.left > 5 * 2.835);
            CHECK(bleed.bottom - media.bottom > 5 * 2.835);
            CHECK(media.right - bleed.right > 5 * 2.835);
            CHECK(media.top - bleed.top > 5 * 2.835);
        }
    }
}

TEST_CASE("the print file's content streams use no RGB colour, and text never rich black", "[e2e][print]") {
    const TempDir folder("print-colour");
    const fs::path pdf = folder.path() / "print.pdf";
    render(pdf, {"--target", "print"});
    const auto streams = content_streams(pdf, folder.path());
    REQUIRE(streams.size() == 2);
    for (const std::string& stream : streams) {
        const auto tokens = tokens_of(stream);
        int cmyk_operators = 0;
        bool in_text = false;
        for (std::size_t i = 0; i < tokens.size(); ++i) {
            const std::string& op = tokens[i];
            INFO("operator " << op << " at token " << i);
            CHECK(op != "rg");
            CHECK(op != "RG");
            CHECK(op != "sc");
            CHECK(op != "scn");
            CHECK(op != "SC");
            CHECK(op != "SCN");
            CHECK(op != "cs");  // no colour space other than the device's own
            CHECK(op != "CS");
            if (op == "BT") in_text = true;
            if (op == "ET") in_text = false;
            if (op != "k" && op != "K") continue;
            ++cmyk_operators;
            REQUIRE(i >= 4);
            const double c = std::stod(tokens[i - 4]), m = std::stod(tokens[i - 3]), y = std::stod(tokens[i - 2]),
                         k = std::stod(tokens[i - 1]);
            // Text at full black is pure K: no cyan, magenta or yellow under it.
            if (in_text && k == 1) CHECK(c + m + y == 0);
        }
        CHECK(cmyk_operators > 0);
        CHECK(stream.find("0 0 0 1 k") != std::string::npos);  // the body text's ink
    }
}

TEST_CASE("the print file has no links and the screen file links every video", "[e2e][print]") {
    require_tool("pdfinfo", "poppler-utils");
    const TempDir folder("print-links");
    const fs::path print = folder.path() / "print.pdf";
    const fs::path screen = folder.path() / "screen.pdf";
    render(print, {"--target", "print"});
    render(screen, {});
    const std::string print_urls = output_of({"pdfinfo", "-url", print.string()});
    const std::string screen_urls = output_of({"pdfinfo", "-url", screen.string()});
    const auto path = sample_profile();
    const LoadResult loaded = load_profile_from_text(read_bytes(path), path.string());
    REQUIRE(loaded.profile.has_value());
    REQUIRE_FALSE(loaded.profile->videos.empty());
    for (const Video& video : loaded.profile->videos) {
        CHECK(screen_urls.find(" " + video.url.value + "\n") != std::string::npos);
        CHECK(print_urls.find(video.url.value) == std::string::npos);
    }
}

TEST_CASE("the screen file is within its size budget and shows its title", "[e2e][screen]") {
    const TempDir folder("screen-budget");
    const fs::path pdf = folder.path() / "screen.pdf";
    render(pdf, {});
    const std::string bytes = read_bytes(pdf);
    INFO("the screen PDF is " << bytes.size() << " bytes");
    CHECK(bytes.size() < kScreenBudgetBytes);
    CHECK(unpacked_objects(pdf).find("/ViewerPreferences << /DisplayDocTitle true >>") != std::string::npos);

    const fs::path plain = folder.path() / "plain.yaml";
    write_bytes(plain, sample_profile_text());
    const fs::path plain_pdf = folder.path() / "plain.pdf";
    const auto result = run_command({brochure_executable().string(), "render", plain.string(), "-o", plain_pdf.string()});
    REQUIRE(result.exit_code == 0);
    INFO("without images it is " << read_bytes(plain_pdf).size() << " bytes");
    CHECK(read_bytes(plain_pdf).size() < kScreenBudgetWithoutImagesBytes);
}

TEST_CASE("both targets pass qpdf --check and render byte-identically twice", "[e2e][print][screen]") {
    require_tool("qpdf", "qpdf");
    const TempDir folder("targets-stable");
    for (const std::string target : {"screen", "print"}) {
        const fs::path first = folder.path() / (target + "-1.pdf");
        const fs::path second = folder.path() / (target + "-2.pdf");
        render(first, {"--target", target});
        render(second, {"--target", target});
        INFO(target);
        CHECK(read_bytes(first) == read_bytes(second));
        const auto check = run_command({"qpdf", "--check", first.string()});
        INFO(check.out << check.err);
        CHECK(check.exit_code == 0);
    }
}

TEST_CASE("Letter output has pages of 612 x 792 pt", "[e2e][screen]") {
    const TempDir folder("letter");
    const fs::path pdf = folder.path() / "letter.pdf";
    render(pdf, {"--paper", "letter"});
    const auto pages = page_boxes(pdf);
    REQUIRE_FALSE(pages.empty());
    for (const auto& boxes : pages) {
        const Box& media = boxes.at("MediaBox");
        CHECK(media.left == 0);
        CHECK(media.bottom == 0);
        CHECK(media.right == Approx(612).margin(0.01));
        CHECK(media.top == Approx(792).margin(0.01));
    }
}

TEST_CASE("render --pdfa: XMP metadata, an sRGB output intent and a document ID from the content", "[e2e][pdfa]") {
    require_tool("pdfinfo", "poppler-utils");
    const TempDir folder("pdfa");
    const fs::path first = folder.path() / "a-1.pdf";
    const fs::path second = folder.path() / "a-2.pdf";
    render(first, {"--pdfa"}, {"SOURCE_DATE_EPOCH=1700000000"});
    render(second, {"--pdfa"}, {"SOURCE_DATE_EPOCH=1700000000"});
    const std::string bytes = read_bytes(first);
    CHECK(bytes == read_bytes(second));
    CHECK(bytes.rfind("%PDF-1.7\n", 0) == 0);

    const std::string xmp = output_of({"pdfinfo", "-meta", first.string()});
    CHECK(xmp.find("<pdfaid:part>2</pdfaid:part>") != std::string::npos);
    CHECK(xmp.find("<xmp:CreateDate>2023-11-14T22:13:20+00:00</xmp:CreateDate>") != std::string::npos);
    const std::string objects = unpacked_objects(first);
    CHECK(objects.find("/CreationDate (D:20231114221320+00'00')") != std::string::npos);
    CHECK(objects.find("/S /GTS_PDFA1") != std::string::npos);
    CHECK(objects.find("/OutputConditionIdentifier (sRGB IEC61966-2.1)") != std::string::npos);
    CHECK(objects.find("/F 4") != std::string::npos);  // links are printable

    std::smatch id;
    REQUIRE(std::regex_search(bytes, id, std::regex(R"(/ID \[ ?<([0-9A-F]{32})> ?<([0-9A-F]{32})> ?\])")));
    CHECK(id[1] == id[2]);
    CHECK(id[1] != std::string(32, '0'));

    render(second, {"--pdfa"}, {"SOURCE_DATE_EPOCH=1700000001"});
    CHECK(read_bytes(second).find(id[1].str()) == std::string::npos);  // other bytes, other ID
}

// Runs `script` with Debian's Python and its pikepdf (python3-pikepdf) on `pdf`; its
// standard output. Debian's own interpreter: pikepdf is its package, not any other Python's.
std::string pikepdf_says(const std::string& script, const fs::path& pdf) {
    const CommandResult result = run_command({"/usr/bin/python3", "-c", "import pikepdf, sys\n" + script, pdf.string()});
    INFO("python3 said on stderr:\n" << result.err);
    REQUIRE(result.exit_code == 0);  // fails loudly without python3-pikepdf
    return result.out;
}

TEST_CASE("every object but the streams is packed in an object stream, behind a cross-reference stream",
          "[e2e][screen][print]") {
    const TempDir folder("packed");
    for (const std::string target : {"screen", "print"}) {
        INFO("target " << target);
        const fs::path pdf = folder.path() / (target + ".pdf");
        render(pdf, {"--target", target});
        const std::string bytes = read_bytes(pdf);
        // No cross-reference table or trailer keyword: the cross-reference is a stream.
        CHECK(bytes.find("\nxref\n") == std::string::npos);
        CHECK(bytes.find("\ntrailer") == std::string::npos);
        CHECK(output_of({"qpdf", "--check", pdf.string()}).find("No syntax or stream encoding errors") != std::string::npos);
        // qpdf's own reading of the cross-reference: each object that is not packed is a
        // stream, as qpdf's JSON of the objects says ("stream" rather than "value").
        const std::string listing = output_of({"qpdf", "--show-xref", pdf.string()});
        const std::string objects = output_of({"qpdf", "--json", "--json-key=qpdf", pdf.string()});
        const std::regex entry(R"((\d+)/0: (compressed|uncompressed))");
        int packed = 0, apart = 0;
        for (auto it = std::sregex_iterator(listing.begin(), listing.end(), entry); it != std::sregex_iterator(); ++it) {
            if ((*it)[2] == "compressed") {
                ++packed;
                continue;
            }
            ++apart;
            const std::regex as_stream("\"obj:" + (*it)[1].str() + R"( 0 R": \{\s*"stream")");
            INFO("object " << (*it)[1]);
            CHECK(std::regex_search(objects, as_stream));
        }
        CHECK(packed > 100);  // the structure tree, annotations, outline, fonts, pages
        CHECK(apart > 0);
        // What packing saves: the file is smaller than qpdf's rewrite with every object apart.
        CHECK(bytes.size() + 8 * 1024 < unpacked_objects(pdf).size());
    }
}

TEST_CASE("the print PDF declares PDF/X-4: a FOGRA39 intent, untrapped, dated, identified in XMP",
          "[e2e][print][pdfx]") {
    const TempDir folder("pdfx");
    const fs::path pdf = folder.path() / "print.pdf";
    render(pdf, {"--target", "print"});  // no SOURCE_DATE_EPOCH: dated by the profile
    const std::string facts = pikepdf_says(R"(
p = pikepdf.open(sys.argv[1])
print("version", p.pdf_version)
print("trapped", p.docinfo.get("/Trapped"))
print("dated", "/CreationDate" in p.docinfo and "/ModDate" in p.docinfo)
for intent in p.Root.OutputIntents:
    print("intent", intent.S, intent.OutputConditionIdentifier, intent.RegistryName, intent.DestOutputProfile.N)
m = p.open_metadata()
print("xmp", m.get("pdfxid:GTS_PDFXVersion"), m.get("pdf:Trapped"), bool(m.get("xmp:CreateDate")))
print("pdfa", m.get("pdfaid:part"))
)", pdf);
    CHECK_THAT(facts, Catch::Contains("version 1.7\n"));
    CHECK_THAT(facts, Catch::Contains("trapped /False\n"));
    CHECK_THAT(facts, Catch::Contains("dated True\n"));
    CHECK_THAT(facts, Catch::Contains("intent /GTS_PDFX FOGRA39 http://www.color.org 4\n"));
    CHECK_THAT(facts, Catch::Contains("xmp PDF/X-4 False True\n"));
    CHECK_THAT(facts, Catch::Contains("pdfa None\n"));
    // The same inputs give the same file, date included.
    const fs::path again = folder.path() / "again.pdf";
    render(again, {"--target", "print"});
    CHECK(read_bytes(again) == read_bytes(pdf));
}

TEST_CASE("render --pdfa for print claims PDF/A-2b and PDF/X-4, both intents sharing one embedded profile",
          "[e2e][pdfa][pdfx]") {
    const TempDir folder("pdfa-pdfx");
    const fs::path pdf = folder.path() / "print.pdf";
    render(pdf, {"--pdfa", "--target", "print"});
    const std::string facts = pikepdf_says(R"(
p = pikepdf.open(sys.argv[1])
intents = list(p.Root.OutputIntents)
print("intents", " ".join(str(i.S) for i in intents))
print("shared", len({i.DestOutputProfile.objgen for i in intents}) == 1)
m = p.open_metadata()
print("claims", m.get("pdfaid:part"), m.get("pdfxid:GTS_PDFXVersion"))
)", pdf);
    CHECK_THAT(facts, Catch::Contains("intents /GTS_PDFX /GTS_PDFA1\n"));
    CHECK_THAT(facts, Catch::Contains("shared True\n"));
    CHECK_THAT(facts, Catch::Contains("claims 2 PDF/X-4\n"));
}

TEST_CASE("render --pdfa for print embeds the FOGRA39 CMYK output profile as its intent", "[e2e][pdfa]") {
    const TempDir folder("pdfa-print");
    const fs::path pdf = folder.path() / "print.pdf";
    render(pdf, {"--pdfa", "--target", "print"});
    const std::string bytes = unpacked_objects(pdf);
    CHECK(bytes.find("/OutputConditionIdentifier (FOGRA39)") != std::string::npos);
    CHECK(bytes.find("/N 4") != std::string::npos);
    // The profile the build made: an ICC output ('prtr') profile of CMYK data.
    const std::string icc = read_bytes(installed_icc_profile_path(ColorSpace::device_cmyk));
    REQUIRE(icc.size() > 128);
    CHECK(icc.substr(12, 4) == "prtr");
    CHECK(icc.substr(16, 4) == "CMYK");
    CHECK(icc.substr(36, 4) == "acsp");
}
