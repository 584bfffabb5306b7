// One profile through the pipeline, as `check` and `render` run it.

#include <catch2/catch.hpp>

#include <filesystem>

#include "fonts/truetype_metrics.hpp"
#include "pipeline/render_profile.hpp"
#include "support/files.hpp"
#include "support/temp_dir.hpp"
#include "support/tools.hpp"

using namespace brochure;
using namespace brochure::test;
namespace fs = std::filesystem;

TEST_CASE("check renders in memory: a font the renderer cannot use is reported against the font", "[pipeline]") {
    TempDir dir("pipeline-font");
    FontFiles fonts = project_fonts();
    const TrueTypeMetrics metrics(fonts);
    // The regular face breaks after it was measured: only rendering can notice.
    const fs::path broken = dir.path() / "NotoSans-Regular.ttf";
    write_bytes(broken, "not a font any more");
    fonts.regular = broken.string();
    RenderSettings settings;
    settings.fonts = fonts;
    settings.metrics = &metrics;
    settings.page = kA4Paper;

    for (const bool rendering : {false, true}) {
        INFO((rendering ? "render" : "check"));
        const fs::path pdf = dir.path() / "out.pdf";
        const ProfileOutcome outcome = rendering
                                           ? render_profile_file(sample_profile().string(), pdf.string(), settings)
                                           : check_profile_file(sample_profile().string(), settings);
        CHECK(outcome.status == ProfileStatus::io_error);
        REQUIRE_FALSE(outcome.diagnostics.empty());
        CHECK(outcome.diagnostics.back().file == broken.string());
        CHECK_FALSE(fs::exists(pdf));
    }
}
