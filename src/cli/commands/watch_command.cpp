#include "cli/commands/commands.hpp"

#include <chrono>
#include <cstdio>
#include <filesystem>

#include <fmt/format.h>

#include "cli/render_settings.hpp"
#include "io/file_watcher.hpp"
#include "model/load_profile.hpp"
#include "pipeline/load_images.hpp"

namespace brochure {

namespace {

// How long the files must stay still before a render: long enough to take an editor's
// temporary file, rename and attribute change as one save, short enough to feel instant.
constexpr std::chrono::milliseconds kQuietBeforeRender{60};

// The profile and the images it names (as far as it can be read), the files to watch.
std::vector<std::string> files_of(const std::string& profile_path, const std::string& assets_dir) {
    std::vector<std::string> files{profile_path};
    const ReadResult read = read_file(profile_path, kMaxProfileBytes);
    if (!read.ok()) return files;
    const LoadResult loaded = load_profile_from_text(read.bytes, profile_path);
    if (!loaded.profile) return files;
    const Profile& profile = *loaded.profile;
    const std::filesystem::path root(image_root(profile_path, assets_dir));
    const auto add = [&](const std::optional<ImagePath>& image) {
        if (image) files.push_back((root / image->value).lexically_normal().string());
    };
    add(profile.brand.logo);
    add(profile.cover_image);
    for (const Video& video : profile.videos) add(video.image);
    return files;
}

}  // namespace

int watch_command(const Options& options, const CommandEnvironment& environment) {
    const std::string& profile_path = options.profiles.front();
    const std::string output_path = options.output_path.empty() ? default_output_for(profile_path) : options.output_path;
    if (output_path == "-") {
        print_error("<stdout>", "watch writes a file that viewers can reload: give -o OUT.pdf");
        return kExitUsageOrIo;
    }
    FileWatcher watcher;
    if (!watcher.error().empty()) {
        print_error(profile_path, watcher.error());
        return kExitUsageOrIo;
    }
    const DiagnosticStyle style = diagnostic_style_for(options, environment);
    return with_render_settings(options, environment, [&](const RenderSettings& settings) {
        std::fprintf(stderr, "watching %s (and the images it names); press Ctrl-C to stop\n", profile_path.c_str());
        for (;;) {
            // Watched before the render, so that a save during it is not missed.
            if (!watcher.watch(files_of(profile_path, options.assets_dir))) {
                print_error(profile_path, watcher.error());
                return kExitUsageOrIo;
            }
            DiagnosticPrinter printer(style, stderr, BROCHURE_VERSION);
            const auto start = std::chrono::steady_clock::now();
            const ProfileOutcome outcome = render_profile_file(profile_path, output_path, settings);
            report_outcome(outcome, printer);
            printer.finish();
            const auto took = std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now() - start);
            if (outcome.status == ProfileStatus::ok)
                std::fprintf(stderr, "rendered %s in %lld ms\n", output_path.c_str(), static_cast<long long>(took.count()));
            else
                std::fprintf(stderr, "not rendered: %s is left as it was; waiting for the next save\n", output_path.c_str());
            std::fflush(stderr);
            switch (watcher.wait(kQuietBeforeRender)) {
                case FileWatcher::Event::changed: continue;
                case FileWatcher::Event::interrupted:
                    std::fprintf(stderr, "stopped watching %s\n", profile_path.c_str());
                    return kExitSuccess;
                case FileWatcher::Event::failed:
                    print_error(profile_path, watcher.error());
                    return kExitUsageOrIo;
            }
        }
    });
}

}  // namespace brochure
