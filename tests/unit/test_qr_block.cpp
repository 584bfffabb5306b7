#include <catch2/catch.hpp>

#include <string>

#include "design/qr_code.hpp"
#include "model/limits.hpp"

using namespace brochure;

TEST_CASE("dark modules become one rectangle per horizontal run", "[layout][qr]") {
    // 1 1 0
    // 0 1 1
    // 1 0 1
    const QrModules grid{3, {true, true, false, false, true, true, true, false, true}};
    const auto runs = dark_module_runs(grid, 10, 20, 2);
    REQUIRE(runs.size() == 4);
    CHECK(runs[0].left_pt == 10);
    CHECK(runs[0].top_pt == 20);
    CHECK(runs[0].width_pt == 4);
    CHECK(runs[1].left_pt == 12);
    CHECK(runs[1].top_pt == 22);
    CHECK(runs[1].width_pt == 4);
    CHECK(runs[2].left_pt == 10);
    CHECK(runs[2].width_pt == 2);
    CHECK(runs[3].left_pt == 14);
    CHECK(runs[3].top_pt == 24);
    for (const Rect& run : runs) CHECK(run.height_pt == 2);
}

TEST_CASE("a placed QR code keeps a quiet zone of four modules", "[layout][qr]") {
    const auto modules = encode_qr("https://www.nato.int/");
    REQUIRE(modules);
    const double outer_pt = 73.7;
    const QrPlacement placed = place_qr(*modules, 100, 200, outer_pt, "https://www.nato.int/", {}, {1, 1, 1});
    CHECK(placed.module_pt == Approx(outer_pt / (modules->size + 8)));
    const auto* dark = std::get_if<FilledRects>(&placed.items[1]);
    REQUIRE(dark);
    double left = 1e9, top = 1e9, right = 0, bottom = 0;
    for (const Rect& r : dark->rects) {
        left = std::min(left, r.left_pt);
        top = std::min(top, r.top_pt);
        right = std::max(right, r.right_pt());
        bottom = std::max(bottom, r.bottom_pt());
    }
    // Finder patterns touch all four edges of the symbol, so the dark area is exactly the symbol.
    CHECK(left == Approx(100 + 4 * placed.module_pt));
    CHECK(top == Approx(200 + 4 * placed.module_pt));
    CHECK(right == Approx(100 + outer_pt - 4 * placed.module_pt));
    CHECK(bottom == Approx(200 + outer_pt - 4 * placed.module_pt));
    const auto* link = std::get_if<Link>(&placed.items[2]);
    REQUIRE(link);
    CHECK(link->url == "https://www.nato.int/");
    CHECK(link->rect.width_pt == Approx(outer_pt));
}

TEST_CASE("the loader's URL limit is exactly what the largest QR version holds", "[layout][qr]") {
    const std::string longest = "https://www.nato.int/" + std::string(kMaxVideoUrlBytes - 21, 'a');
    REQUIRE(longest.size() == kMaxVideoUrlBytes);
    const auto fits = encode_qr(longest);
    REQUIRE(fits);
    CHECK(fits->size <= 17 + 4 * kMaxQrVersion);
    CHECK_FALSE(encode_qr(longest + "a"));
}

TEST_CASE("each text keeps its own symbol when symbols are reused across the process", "[layout][qr]") {
    const auto first = encode_qr("https://example.org/videos/1");
    const auto second = encode_qr("https://example.org/videos/2");
    const auto first_again = encode_qr("https://example.org/videos/1");
    REQUIRE(first);
    REQUIRE(second);
    REQUIRE(first_again);
    CHECK(first->dark == first_again->dark);
    CHECK(first->dark != second->dark);
    CHECK_FALSE(encode_qr(std::string(2000, 'x')));  // too long, and still too long a second time
    CHECK_FALSE(encode_qr(std::string(2000, 'x')));
}
