#include <algorithm>
#include <filesystem>
#include <map>
#include <system_error>

#include "batch/batch_input.hpp"

namespace brochure {

namespace fs = std::filesystem;

namespace {

Diagnostic problem(const std::string& file, const std::string& message) {
    return Diagnostic{Severity::error, file, {}, message, {}};
}

BatchInput input_for(const fs::path& profile, const fs::path& relative, const fs::path& out_dir) {
    fs::path output = out_dir / relative;
    output.replace_extension(".pdf");
    return BatchInput{profile.string(), relative.generic_string(), output.string()};
}

// The *.yaml files below `folder`, sorted by their path relative to it.
std::vector<BatchInput> profiles_in(const fs::path& folder, const fs::path& out_dir, std::vector<Diagnostic>& problems) {
    std::vector<BatchInput> found;
    std::error_code error;
    fs::recursive_directory_iterator it(folder, error), end;
    for (; !error && it != end; it.increment(error)) {
        const fs::path& path = it->path();
        std::error_code type_error;
        if (path.extension() != ".yaml" || !it->is_regular_file(type_error)) continue;
        found.push_back(input_for(path, path.lexically_relative(folder), out_dir));
    }
    if (error) problems.push_back(problem(folder.string(), "cannot search the folder: " + error.message()));
    std::sort(found.begin(), found.end(),
              [](const BatchInput& a, const BatchInput& b) { return a.relative_path < b.relative_path; });
    return found;
}

}  // namespace

Discovery discover_inputs(const std::vector<std::string>& paths, const std::string& out_dir) {
    Discovery discovery;
    std::map<std::string, std::string> claimed;  // output path → the profile writing it
    auto add = [&](BatchInput input) {
        const std::string key = fs::path(input.output_path).lexically_normal().string();
        const auto [at, fresh] = claimed.emplace(key, input.profile_path);
        if (fresh) {
            discovery.inputs.push_back(std::move(input));
        } else {
            discovery.problems.push_back(problem(
                input.profile_path, "output " + input.output_path + " is already written by " + at->second));
        }
    };
    for (const std::string& argument : paths) {
        const fs::path path(argument);
        std::error_code error;
        const fs::file_status status = fs::status(path, error);
        if (fs::is_directory(status)) {
            for (BatchInput& input : profiles_in(path, out_dir, discovery.problems)) add(std::move(input));
        } else if (fs::exists(status)) {
            add(input_for(path, path.filename(), out_dir));
        } else {
            discovery.problems.push_back(problem(argument, "cannot open: no such file or folder"));
        }
    }
    return discovery;
}

}  // namespace brochure
