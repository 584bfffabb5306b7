#pragma once
// The two conventions the layout's measurements and the embedded fonts must share, so that
// text is placed exactly where it was measured.

#include <cstdint>

namespace brochure {

/// The unit of a PDF font's /W widths and of TJ's adjustments: a thousandth of an em.
inline constexpr std::int64_t kMilliEmPerEm = 1000;

/// `units` font units in 1/1000 em, floored towards minus infinity: the precision of a
/// PDF font's /W widths, which the layout measures with.
inline std::int64_t floored_milli_em(std::int64_t units, unsigned units_per_em) {
    const std::int64_t scaled = units * kMilliEmPerEm;
    const auto per_em = static_cast<std::int64_t>(units_per_em);
    return scaled >= 0 ? scaled / per_em : -((-scaled + per_em - 1) / per_em);
}

/// The last code point text is set in: the Basic Multilingual Plane. The layout reports a
/// character beyond it as missing, and it is set as a space.
constexpr char32_t kLastCodePointSet = 0xFFFF;

/// The code point set for `code_point`.
constexpr char32_t code_point_set(char32_t code_point) {
    return code_point > kLastCodePointSet ? U' ' : code_point;
}

}  // namespace brochure
