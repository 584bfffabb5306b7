// The path a group of rectangles is filled with: in cells when they share a grid (QR
// modules), in page coordinates when they do not.

#include <catch2/catch.hpp>

#include <cstdio>
#include <string>
#include <vector>

#include "design/qr_code.hpp"
#include "render/pdf/page_content.hpp"
#include "render/pdf/rects_path.hpp"

using namespace brochure;

namespace {

// The number of times `needle` occurs in `text`.
std::size_t count_of(const std::string& text, const std::string& needle) {
    std::size_t count = 0;
    for (std::size_t at = text.find(needle); at != std::string::npos; at = text.find(needle, at + 1)) ++count;
    return count;
}

}  // namespace

TEST_CASE("rectangles on a common grid are filled in whole cells, others in page coordinates", "[render][qr]") {
    const PageFrame a4{595.276, 841.89, 0};
    SECTION("a QR code's module runs") {
        const auto modules = encode_qr("https://www.nato.int/");
        REQUIRE(modules);
        const double module_pt = 79.37 / (modules->size + 8);
        const std::vector<Rect> runs = dark_module_runs(*modules, 56.02, 300.5, module_pt);
        const std::string path = filled_rects_operators(runs, a4);
        // One cell is one module, from the symbol's top-left corner (841.89 - 300.5 up), y flipped.
        REQUIRE(path.rfind("q ", 0) == 0);
        const std::size_t cm = path.find(" cm\n");
        REQUIRE(cm != std::string::npos);
        double scale_x = 0, skew_1 = 1, skew_2 = 1, scale_y = 0, left = 0, top = 0;
        REQUIRE(std::sscanf(path.c_str(), "q %lf %lf %lf %lf %lf %lf cm", &scale_x, &skew_1, &skew_2, &scale_y, &left, &top) == 6);
        CHECK(scale_x == Approx(module_pt).epsilon(1e-6));
        CHECK(scale_y == Approx(-module_pt).epsilon(1e-6));
        CHECK(skew_1 == 0);
        CHECK(skew_2 == 0);
        CHECK(left == Approx(56.02));
        CHECK(top == Approx(541.39));
        CHECK(count_of(path, " re\n") == runs.size());
        CHECK(path.find("\n0 0 7 1 re\n") != std::string::npos);  // the top-left finder pattern's top row
        CHECK(path.find('.', cm) == std::string::npos);  // whole cells only
        CHECK(path.substr(path.size() - 5) == "\nf\nQ\n");
    }
    SECTION("rectangles off any grid") {
        const std::vector<Rect> rects{{10, 10, 4, 4}, {15.5, 10, 4, 4}};
        const std::string path = filled_rects_operators(rects, a4);
        CHECK(path == "10 827.89 4 4 re\n15.5 827.89 4 4 re\nf\n");
    }
}

TEST_CASE("content-stream numbers are rounded to their decimals and written without trailing zeros", "[render]") {
    CHECK(pdf_number(12.5) == "12.5");
    CHECK(pdf_number(-3.0) == "-3");
    CHECK(pdf_number(-0.0004) == "0");  // never "-0"
    CHECK(pdf_number(0.0005) == "0.001");  // halves round away from zero
    CHECK(pdf_number(-12.34567) == "-12.346");
    CHECK(pdf_number(841.88976378) == "841.89");
    CHECK(pdf_number(14400) == "14400");  // the largest page side PDF allows
    CHECK(pdf_number(0.1234567, 6) == "0.123457");
    CHECK(pdf_rounded(1.23456) == Approx(1.235));
}
