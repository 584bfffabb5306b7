// Which profiles a batch renders and where their PDFs go: folders searched recursively
// and sorted, files given by name, problems reported, and shards that partition a batch.

#include <catch2/catch.hpp>

#include <algorithm>
#include <filesystem>
#include <set>
#include <string>
#include <vector>

#include "batch/batch_input.hpp"
#include "batch/shard.hpp"
#include "support/files.hpp"
#include "support/temp_dir.hpp"

using namespace brochure;
using namespace brochure::test;

namespace fs = std::filesystem;

namespace {

std::vector<std::string> relative_paths(const std::vector<BatchInput>& inputs) {
    std::vector<std::string> paths;
    for (const BatchInput& input : inputs) paths.push_back(input.relative_path);
    return paths;
}

void touch(const fs::path& path) {
    fs::create_directories(path.parent_path());
    write_bytes(path, "name: x\n");
}

}  // namespace

TEST_CASE("a folder is searched recursively for .yaml files, sorted by their path below it") {
    TempDir dir("batch-discover");
    const fs::path in = dir.path() / "in";
    touch(in / "z.yaml");
    touch(in / "b" / "deep" / "c.yaml");
    touch(in / "a.yaml");
    touch(in / "b" / "notes.txt");
    touch(in / "b" / "old.yml");

    const Discovery found = discover_inputs({in.string()}, (dir.path() / "out").string());
    CHECK(found.problems.empty());
    CHECK(relative_paths(found.inputs) == std::vector<std::string>{"a.yaml", "b/deep/c.yaml", "z.yaml"});
    REQUIRE(found.inputs.size() == 3);
    CHECK(fs::path(found.inputs[1].profile_path) == in / "b" / "deep" / "c.yaml");
    CHECK(fs::path(found.inputs[1].output_path) == dir.path() / "out" / "b" / "deep" / "c.pdf");
}

TEST_CASE("a profile named on the command line goes to OUT/<its name>.pdf, after the folders before it") {
    TempDir dir("batch-discover-file");
    touch(dir.path() / "folder" / "one.yaml");
    touch(dir.path() / "elsewhere" / "deep" / "two.yaml");

    const Discovery found = discover_inputs(
        {(dir.path() / "folder").string(), (dir.path() / "elsewhere" / "deep" / "two.yaml").string()}, "out");
    CHECK(found.problems.empty());
    REQUIRE(found.inputs.size() == 2);
    CHECK(found.inputs[0].relative_path == "one.yaml");
    CHECK(found.inputs[1].relative_path == "two.yaml");
    CHECK(fs::path(found.inputs[1].output_path) == fs::path("out") / "two.pdf");
}

TEST_CASE("a missing path and a second profile for the same PDF are problems, the rest still runs") {
    TempDir dir("batch-discover-problems");
    touch(dir.path() / "a" / "same.yaml");
    touch(dir.path() / "b" / "same.yaml");
    const std::string missing = (dir.path() / "missing").string();

    const Discovery found =
        discover_inputs({(dir.path() / "a").string(), missing, (dir.path() / "b").string()}, "out");
    REQUIRE(found.inputs.size() == 1);
    CHECK(fs::path(found.inputs[0].profile_path) == dir.path() / "a" / "same.yaml");
    REQUIRE(found.problems.size() == 2);
    CHECK(found.problems[0].file == missing);
    CHECK(found.problems[0].severity == Severity::error);
    CHECK(fs::path(found.problems[1].file) == dir.path() / "b" / "same.yaml");
    CHECK(found.problems[1].message.find("already written by") != std::string::npos);
}

TEST_CASE("shards are read from K/N and refuse anything else") {
    const std::optional<Shard> shard = shard_from_text("2/5");
    REQUIRE(shard);
    CHECK(shard->index == 2);
    CHECK(shard->count == 5);
    for (const char* bad : {"", "3", "0/2", "3/2", "1/0", "-1/2", "1/2/3", "a/b", "1 /2", "1/"})
        CHECK_FALSE(shard_from_text(bad));
}

TEST_CASE("the N shards of a batch partition it exactly, in sizes that differ by at most one") {
    std::vector<BatchInput> inputs;
    for (int i = 0; i < 23; ++i) inputs.push_back(BatchInput{"p" + std::to_string(i), "p" + std::to_string(i), ""});
    for (int count : {1, 2, 3, 7, 23, 30}) {
        std::multiset<std::string> seen;
        std::size_t smallest = inputs.size(), largest = 0;
        for (int index = 1; index <= count; ++index) {
            const std::vector<BatchInput> part = inputs_of_shard(inputs, Shard{index, count});
            for (const BatchInput& input : part) seen.insert(input.relative_path);
            smallest = std::min(smallest, part.size());
            largest = std::max(largest, part.size());
        }
        INFO(count << " shards");
        CHECK(seen.size() == inputs.size());
        for (const BatchInput& input : inputs) CHECK(seen.count(input.relative_path) == 1);
        CHECK(largest - smallest <= 1);
    }
}
