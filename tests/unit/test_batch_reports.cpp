// The JSON and JUnit reports of a batch, read back by parsers nobody here wrote (Python's
// json and xml.etree): every profile is there with its status, failures carry their
// diagnostics, and any text survives the escaping, even control characters and bytes that
// are not UTF-8.

#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "batch/batch_reports.hpp"
#include "batch/batch_summary.hpp"
#include "support/files.hpp"
#include "support/process.hpp"
#include "support/temp_dir.hpp"
#include "support/tools.hpp"

using namespace brochure;
using namespace brochure::test;

namespace {

// A message with everything that needs escaping: quotes, backslash, markup, a tab, a
// control character, a non-ASCII letter and a byte that is not UTF-8.
const std::string kNastyMessage = "bad \"value\" \\ <tag> & 'x'\t\x01 caf\xC3\xA9 \xFF end";
// What a parser must give back for it: the control character kept in JSON, the invalid
// byte as U+FFFD.
const std::string kNastyInJson = "bad \"value\" \\ <tag> & 'x'\t\x01 caf\xC3\xA9 \xEF\xBF\xBD end";
// In XML the control character cannot be written at all, so it becomes U+FFFD too.
const std::string kNastyInXml = "bad \"value\" \\ <tag> & 'x'\t\xEF\xBF\xBD caf\xC3\xA9 \xEF\xBF\xBD end";

std::vector<BatchResult> sample_results() {
    BatchResult rendered;
    rendered.input = BatchInput{"in/a.yaml", "a.yaml", "out/a.pdf"};
    rendered.status = BatchStatus::rendered;
    rendered.pdf_bytes = 1234;
    rendered.diagnostics.push_back(Diagnostic{Severity::warning, "in/a.yaml", {3, 4}, "a warning", {}});
    rendered.warnings = warning_count(rendered.diagnostics);

    BatchResult skipped;
    skipped.input = BatchInput{"in/b.yaml", "b.yaml", "out/b.pdf"};
    skipped.status = BatchStatus::skipped;

    BatchResult broken;
    broken.input = BatchInput{"in/\"odd\" <name>.yaml", "\"odd\" <name>.yaml", "out/odd.pdf"};
    broken.status = BatchStatus::invalid_input;
    broken.diagnostics.push_back(
        Diagnostic{Severity::error, broken.input.profile_path, {1, 7}, kNastyMessage, {"a hint"}, Rule::wrong_type, "name", {1, 8}});
    broken.printed = format_diagnostic(broken.diagnostics.back(), "name: 1\n");
    return {rendered, skipped, broken};
}

// Runs a Python script on `file`; what it prints is the test's evidence.
std::string python(const std::string& script, const std::filesystem::path& file) {
    require_tool("python3", "python3");
    const CommandResult result = run_command({"python3", "-c", script, file.string()});
    INFO("python3 said on stderr:\n" << result.err);
    REQUIRE(result.exit_code == 0);
    return result.out;
}

}  // namespace

TEST_CASE("the JSON report parses and holds every profile, its status, outputs and diagnostics with their rule ids") {
    TempDir dir("batch-json");
    const auto path = dir.path() / "report.json";
    write_bytes(path, json_report(sample_results(), 1.5));

    const std::string summary = python(
        "import json, sys\n"
        "d = json.load(open(sys.argv[1], encoding='utf-8'))\n"
        "s = d['summary']\n"
        "print(s['rendered'], s['skipped'], s['failed'], s['warnings'], s['seconds'])\n"
        "for p in d['profiles']:\n"
        "    print(p['input'], p['status'], len(p['outputs']), p['bytes'], len(p['diagnostics']))\n",
        path);
    CHECK(summary ==
          "1 1 1 1 1.5\n"
          "in/a.yaml rendered 1 1234 1\n"
          "in/b.yaml skipped 1 0 0\n"
          "in/\"odd\" <name>.yaml invalid_input 0 0 1\n");

    const std::string failure = python(
        "import json, sys\n"
        "d = json.load(open(sys.argv[1], encoding='utf-8'))\n"
        "x = d['profiles'][2]['diagnostics'][0]\n"
        "sys.stdout.buffer.write('\\n'.join([x['file'], str(x['line']), str(x['column']), x['severity'],\n"
        "    x['message'], x['hints'][0], x['code'], x['rule'], x['field'], str(x['end']['line']),\n"
        "    str(x['end']['column'])]).encode('utf-8'))\n",
        path);
    CHECK(failure == "in/\"odd\" <name>.yaml\n1\n7\nerror\n" + kNastyInJson + "\na hint\nBRO104\nwrong-type\nname\n1\n8");
}

TEST_CASE("the JUnit report parses, with one testcase per profile and the failure's diagnostics") {
    TempDir dir("batch-junit");
    const auto path = dir.path() / "junit.xml";
    write_bytes(path, junit_report(sample_results(), 1.5));

    const std::string cases = python(
        "import sys, xml.etree.ElementTree as ET\n"
        "root = ET.parse(sys.argv[1]).getroot()\n"
        "suite = root.find('testsuite')\n"
        "print(suite.get('tests'), suite.get('failures'), suite.get('skipped'))\n"
        "for case in suite.findall('testcase'):\n"
        "    kind = 'failure' if case.find('failure') is not None else 'skipped' if case.find('skipped') is not None else 'ok'\n"
        "    print(case.get('name'), kind)\n",
        path);
    CHECK(cases ==
          "3 1 1\n"
          "a.yaml ok\n"
          "b.yaml skipped\n"
          "\"odd\" <name>.yaml failure\n");

    const std::string failure = python(
        "import sys, xml.etree.ElementTree as ET\n"
        "f = ET.parse(sys.argv[1]).getroot().find('testsuite')[2].find('failure')\n"
        "sys.stdout.buffer.write((f.get('type') + '\\n' + f.get('message') + '\\n' + f.text).encode('utf-8'))\n",
        path);
    // The failure's type is the rule, its message the first error with its position.
    CHECK(failure.rfind("BRO104 wrong-type\nin/\"odd\" <name>.yaml:1:7: " + kNastyInXml + "\n", 0) == 0);
    // The body is the diagnostic as the terminal shows it: position, source line, caret, hint.
    // As printed: control characters shown as escapes, never sent to a terminal.
    CHECK(failure.find("in/\"odd\" <name>.yaml:1:7: error: bad \"value\" \\ <tag> & 'x'\\u{09}\\u{01} caf\xC3\xA9 "
                       "\xEF\xBF\xBD end") != std::string::npos);
    CHECK(failure.find("name: 1") != std::string::npos);
    CHECK(failure.find("a hint") != std::string::npos);
}
