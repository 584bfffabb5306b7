#include <algorithm>
#include <filesystem>
#include <map>
#include <system_error>

#include "batch/batch_input.hpp"

namespace brochure {

namespace fs = std::filesystem;

namespace {

Diagnostic problem(const std::string& file, const std::string& message) {
    return Diagnostic{Severity::error, file, {}, message, {}, Rule::input_output};
}

BatchInput input_for(const fs::path& profile, const fs::path& relative, const fs::path& out_dir) {
    fs::path output = out_dir / relative;
    output.replace_extension(".pdf");
    return BatchInput{profile.string(), relative.generic_string(), output.string()};
}

// Adds the *.yaml files below `folder` (at any depth, not following links to folders) to
// `found`, their paths relative to `root`. A folder that cannot be read is one problem,
// named by its own path; its siblings and the rest of the tree are still searched.
void search_folder(const fs::path& folder, const fs::path& root, const fs::path& out_dir,
                   std::vector<BatchInput>& found, std::vector<Diagnostic>& problems) {
    std::error_code error;
    fs::directory_iterator it(folder, error);
    if (error) {
        problems.push_back(problem(folder.string(), "cannot search the folder: " + error.message()));
        return;
    }
    std::vector<fs::path> subfolders;
    for (const fs::directory_iterator end; it != end; it.increment(error)) {
        const fs::path& path = it->path();
        std::error_code type_error;
        const fs::file_status status = it->symlink_status(type_error);
        if (fs::is_directory(status)) {
            subfolders.push_back(path);
        } else if (path.extension() == ".yaml" && it->is_regular_file(type_error)) {
            found.push_back(input_for(path, path.lexically_relative(root), out_dir));
        }
    }
    if (error) problems.push_back(problem(folder.string(), "cannot search the folder: " + error.message()));
    for (const fs::path& subfolder : subfolders) search_folder(subfolder, root, out_dir, found, problems);
}

// The *.yaml files below `folder`, sorted by their path relative to it.
std::vector<BatchInput> profiles_in(const fs::path& folder, const fs::path& out_dir, std::vector<Diagnostic>& problems) {
    std::vector<BatchInput> found;
    search_folder(folder, folder, out_dir, found, problems);
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
