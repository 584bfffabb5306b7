// Tagged PDF (PDF/UA-1) end to end: every profile of content/ and tests/profiles/varied/,
// for screen and print, passes tests/tools/check_tagged_pdf.py (pikepdf walking the
// structure tree against Matterhorn's machine-checkable conditions); the tree reads like
// the brochure, every heading in the text poppler reads back; and the checker itself
// fails on a file that breaks a rule.

#include <catch2/catch.hpp>

#include <filesystem>
#include <sstream>
#include <string>
#include <vector>

#include "support/files.hpp"
#include "support/process.hpp"
#include "support/temp_dir.hpp"
#include "support/tools.hpp"

namespace fs = std::filesystem;
using namespace brochure::test;

namespace {

fs::path checker() { return source_dir() / "tests" / "tools" / "check_tagged_pdf.py"; }

// Debian's own Python: pikepdf is its package (python3-pikepdf).
CommandResult check(const fs::path& pdf, const std::string& option = {}) {
    std::vector<std::string> argv{"/usr/bin/python3", checker().string(), pdf.string()};
    if (!option.empty()) argv.push_back(option);
    return run_command(argv);
}

void render(const fs::path& profile, const fs::path& pdf, const std::vector<std::string>& options = {}) {
    std::vector<std::string> argv{brochure_executable().string(), "render", profile.string(), "-o", pdf.string()};
    argv.insert(argv.end(), options.begin(), options.end());
    const CommandResult result = run_command(argv);
    INFO(result.err);
    REQUIRE(result.exit_code == 0);
}

// `text` with no-break spaces as spaces and every run of white space made one space.
std::string squeezed(std::string text) {
    for (const std::string no_break : {"\u00A0", "\u202F"})
        for (std::size_t at = text.find(no_break); at != std::string::npos; at = text.find(no_break, at))
            text.replace(at, no_break.size(), " ");
    std::istringstream words(text);
    std::string out;
    for (std::string word; words >> word;) out += (out.empty() ? "" : " ") + word;
    return out;
}

}  // namespace

TEST_CASE("every profile renders as tagged PDF that passes the PDF/UA checks, for screen and print",
          "[e2e][tagged]") {
    const TempDir folder("tagged");
    const std::vector<fs::path> profiles = all_profiles();
    REQUIRE(profiles.size() >= 10);
    for (const fs::path& profile : profiles)
        for (const std::vector<std::string>& options :
             {std::vector<std::string>{}, {"--target", "print"}, {"--pdfa", "--target", "print"}}) {
            const fs::path pdf = folder.path() / "out.pdf";
            render(profile, pdf, options);
            const CommandResult result = check(pdf);
            INFO(profile.filename().string() << " " << (options.empty() ? "screen" : options.back()) << "\n"
                                             << result.out << result.err);
            CHECK(result.exit_code == 0);
            CHECK(result.out == "ok\n");
            const CommandResult info = run_command({"pdfinfo", pdf.string()});
            CHECK(info.out.find("Tagged:          yes") != std::string::npos);
        }
}

TEST_CASE("the structure tree reads like the brochure: the chart and every QR code in words", "[e2e][tagged]") {
    const TempDir folder("tagged-tree");
    const fs::path pdf = folder.path() / "nato.pdf";
    render(source_dir() / "content" / "nato.yaml", pdf);
    const CommandResult tree = check(pdf, "--tree");
    INFO(tree.out << tree.err);
    REQUIRE(tree.exit_code == 0);
    CHECK(tree.out.rfind("Document\n", 0) == 0);
    CHECK(tree.out.find("\n  H1: NATO\n") != std::string::npos);
    CHECK(tree.out.find("Figure [Staff by group: National delegations 2,000 (50%), Partner missions 300 (7.5%)") !=
          std::string::npos);
    for (const std::string url : {"discover-nato-hq", "working-at-nato", "join-nato"})
        CHECK(tree.out.find("Figure [QR code: https://www.nato.int/video/" + url + "]") != std::string::npos);
    CHECK(tree.out.find("Figure [Logo: NATO]") != std::string::npos);
    // Justified words are read apart, not run together.
    CHECK(tree.out.find("P: NATO is a military alliance established by the signing of the North Atlantic Treaty") !=
          std::string::npos);
}

// poppler orders a page by its own reading of the geometry, which for two columns with a
// panel is not always the structure's: every heading must be there, the name first.
TEST_CASE("every heading of the structure is in the text poppler reads back, the name first", "[e2e][tagged]") {
    const TempDir folder("tagged-order");
    for (const std::string name : {"nato.yaml", "cern.yaml", "nato.fr.yaml"}) {
        const fs::path pdf = folder.path() / "out.pdf";
        render(source_dir() / "content" / name, pdf);
        const CommandResult headings = check(pdf, "--headings");
        REQUIRE(headings.exit_code == 0);
        const std::string text = squeezed(run_command({"pdftotext", pdf.string(), "-"}).out);
        std::istringstream lines(headings.out);
        std::size_t count = 0;
        for (std::string line; std::getline(lines, line); ++count) {
            const std::string heading = squeezed(line.substr(3));
            INFO(name << ": heading \"" << heading << "\"");
            if (count == 0) CHECK(line.rfind("H1 ", 0) == 0);
            CHECK(text.find(heading) != std::string::npos);
        }
        CHECK(count >= 6);
    }
}

TEST_CASE("the PDF/UA checker fails a file whose figure lost its alternative text", "[e2e][tagged]") {
    const TempDir folder("tagged-broken");
    const fs::path pdf = folder.path() / "nato.pdf";
    const fs::path broken = folder.path() / "broken.pdf";
    render(source_dir() / "content" / "nato.yaml", pdf);
    const CommandResult edit = run_command(
        {"/usr/bin/python3", "-c",
         "import pikepdf, sys\n"
         "p = pikepdf.open(sys.argv[1])\n"
         "for o in p.objects:\n"
         "    if isinstance(o, pikepdf.Dictionary) and o.get('/S') == '/Figure':\n"
         "        del o['/Alt']\n"
         "        break\n"
         "del p.Root['/MarkInfo']\n"
         "p.save(sys.argv[2])\n",
         pdf.string(), broken.string()});
    INFO(edit.err);
    REQUIRE(edit.exit_code == 0);
    const CommandResult result = check(broken);
    CHECK(result.exit_code == 1);
    CHECK(result.out.find("FAIL: a Figure has no alternative text") != std::string::npos);
    CHECK(result.out.find("FAIL: the catalog's /MarkInfo does not say /Marked true") != std::string::npos);
}
