// Bar chart geometry with fixed-advance metrics (0.5 em): value labels are set at 8 pt, so
// each of their characters is 4 pt wide.

#include <catch2/catch.hpp>

#include "design/bar_chart.hpp"
#include "design/theme.hpp"

using namespace brochure;

namespace {

const BarColors kColors{theme::kNavy, theme::kNavy};
std::vector<std::string> texts_of(const BarChart& chart) {
    std::vector<std::string> texts;
    for (const Item& item : chart.items)
        if (const auto* run = std::get_if<TextRun>(&item)) texts.push_back(run->text);
    return texts;
}
}  // namespace

TEST_CASE("bar lengths are proportional to values, the longest filling the track", "[layout][chart]") {
    const FixedAdvanceMetrics metrics;
    const std::vector<Bar> bars{{"A", 2000}, {"B", 300}, {"C", 1000}, {"D", 500}, {"E", 200, true}};
    const BarChart chart = layout_bar_chart(bars, 4000, 10, 20, 200, "en", metrics, kColors);
    REQUIRE(chart.bar_rects.size() == 5);
    // Widest value label: "2,000  ·  50%" = 13 characters = 52 pt; gap 5 pt; track 200 - 57 = 143 pt.
    CHECK(chart.bar_rects[0].width_pt == Approx(143));
    CHECK(chart.bar_rects[1].width_pt == Approx(143 * 300.0 / 2000));
    CHECK(chart.bar_rects[2].width_pt == Approx(71.5));
    CHECK(chart.bar_rects[3].width_pt == Approx(35.75));
    CHECK(chart.bar_rects[4].width_pt == Approx(14.3));
    for (const Rect& bar : chart.bar_rects) {
        CHECK(bar.left_pt == Approx(10));  // the scale starts at zero, at the chart's left edge
        CHECK(bar.height_pt == Approx(kBarThicknessPt));
    }
    for (std::size_t i = 1; i < chart.bar_rects.size(); ++i)
        CHECK(chart.bar_rects[i].top_pt > chart.bar_rects[i - 1].bottom_pt());
}

TEST_CASE("each bar is labelled with its name, value and share of the total", "[layout][chart]") {
    const FixedAdvanceMetrics metrics;
    const BarChart chart = layout_bar_chart({{"Delegations", 2000}, {"Missions", 300}}, 4000, 0, 0, 300, "en", metrics, kColors);
    const auto texts = texts_of(chart);
    CHECK(texts == std::vector<std::string>{"Delegations", "2,000  ·  50%", "Missions", "300  ·  7.5%"});
}

TEST_CASE("value labels sit just right of their bar and inside the chart", "[layout][chart]") {
    const FixedAdvanceMetrics metrics;
    const BarChart chart = layout_bar_chart({{"A", 10}, {"B", 5}}, 15, 0, 0, 200, "en", metrics, kColors);
    std::vector<const TextRun*> values;
    for (const Item& item : chart.items)
        if (const auto* run = std::get_if<TextRun>(&item); run && run->text.find("·") != std::string::npos)
            values.push_back(run);
    REQUIRE(values.size() == 2);
    for (std::size_t i = 0; i < 2; ++i) {
        CHECK(values[i]->left_pt == Approx(chart.bar_rects[i].right_pt() + 5));
        CHECK(values[i]->left_pt + values[i]->width_pt <= Approx(200));
    }
}

TEST_CASE("a zero value draws no bar but keeps its label", "[layout][chart]") {
    const FixedAdvanceMetrics metrics;
    const BarChart chart = layout_bar_chart({{"A", 10}, {"Nobody", 0}}, 10, 0, 0, 200, "en", metrics, kColors);
    CHECK(chart.bar_rects[1].width_pt == 0);
    CHECK(texts_of(chart)[2] == "Nobody");
}
