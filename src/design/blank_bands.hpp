#pragma once
// How much of a page is a band of nothing: the tallest run of the page's height, inside
// a margin of 4 % of the page all round, that no ink crosses, text or drawing. A tint as
// pale as a panel's does not count as ink: seen from arm's length it is blank paper too.

#include "layout/document.hpp"
#include "layout/font_metrics.hpp"

namespace brochure {

/// The share of the page's height (0 to 1) that its tallest blank band takes.
double tallest_blank_band(const Page& page, const FontMetrics& metrics);

/// The most a page's blank band may take: a fifth of its height.
inline constexpr double kMostBlankBand = 0.2;

}  // namespace brochure
