#pragma once
// The brochure's design constants: grid, spacing scale, type scale and colours, in one
// place so every page uses the same ones.

#include "core/color.hpp"
#include "core/geometry.hpp"
#include "layout/font_metrics.hpp"
#include "layout/text_style.hpp"

namespace brochure {

namespace theme {

// Colour: a dark primary, one accent, neutrals. The primary and the accent are the default
// brand (design/palette replaces them with a profile's own, and derives the text colours
// on them); the styles below that name kNavy or kWhite are recoloured from the palette. Each has its screen value (sRGB) and the
// process inks it prints with (C, M, Y, K): text colours print on black ink alone, so
// small type cannot show misregistered fringes.
inline constexpr Color kNavy{0x0B / 255.0, 0x25 / 255.0, 0x45 / 255.0, Cmyk{1, 0.8, 0.3, 0.55}};  // primary
inline constexpr Color kAmber{0xF2 / 255.0, 0xA9 / 255.0, 0x00 / 255.0, Cmyk{0, 0.35, 1, 0}};      // accent
inline constexpr Color kInk{0x1C / 255.0, 0x22 / 255.0, 0x2B / 255.0, Cmyk{0, 0, 0, 1}};           // body text
inline constexpr Color kMuted{0x55 / 255.0, 0x5F / 255.0, 0x6D / 255.0, Cmyk{0, 0, 0, 0.72}};      // captions (7:1)
inline constexpr Color kMist{0xEC / 255.0, 0xF0 / 255.0, 0xF5 / 255.0, Cmyk{0.07, 0.03, 0, 0.02}}; // panels
inline constexpr Color kSteel{0x9A / 255.0, 0xA6 / 255.0, 0xB5 / 255.0, Cmyk{0.15, 0.08, 0, 0.3}}; // bars, hairlines
inline constexpr Color kWhite{1, 1, 1, Cmyk{0, 0, 0, 0}};
/// Crop marks: every ink at full strength, so each printing plate carries them.
inline constexpr Color kRegistration{0, 0, 0, Cmyk{1, 1, 1, 1}};

// Grid: 15 mm margins, two columns with a 6 mm gutter, a 13.5 pt baseline grid.
inline constexpr double kMarginPt = pt_from_mm(15);
/// A leaflet's panels have narrower side margins: 12 mm from each fold, well clear of the
/// 4 mm a fold needs, for a measure of some forty characters.
inline constexpr double kPanelSideMarginPt = pt_from_mm(12);
inline constexpr double kGutterPt = pt_from_mm(6);
inline constexpr double kLinePt = 13.5;         ///< body leading = baseline grid
inline constexpr double kUnitPt = kLinePt / 3;  ///< spacing scale: gaps are multiples of this
inline constexpr double kFooterHeightPt = 2 * kLinePt;

// The flow's space: between sections two lines; between the paragraphs of one section two
// units; between the columns' material and a full-width block, the same as between
// sections. A page with room to spare spreads it over these gaps, each growing by at most
// kMostStretchRatio times its own size: sections then stand at most eight lines apart.
inline constexpr double kSectionGapPt = 2 * kLinePt;
inline constexpr double kParagraphGapPt = 2 * kUnitPt;
inline constexpr double kMostStretchRatio = 3;

// The short accent bar under the cover's name and the closing band's.
inline constexpr double kAccentBarWidthPt = 48;
inline constexpr double kAccentBarHeightPt = 3;

// Type scale (ratio ~1.25 around a 9.5 pt body).
inline constexpr TextStyle kBody{FontFace::regular, 9.5, kLinePt, kInk};
inline constexpr TextStyle kBodyStrong{FontFace::bold, 9.5, kLinePt, kInk};
inline constexpr TextStyle kCaption{FontFace::regular, 8, 11.25, kMuted};
inline constexpr TextStyle kCaptionStrong{FontFace::bold, 8, 11.25, kInk};
inline constexpr TextStyle kOverline{FontFace::bold, 8, 11.25, kNavy};
inline constexpr TextStyle kSubheading{FontFace::bold, 11, kLinePt, kNavy, true};
inline constexpr TextStyle kHeading{FontFace::bold, 15, 2 * kLinePt, kNavy, true};
inline constexpr TextStyle kFactValue{FontFace::bold, 22, 2 * kLinePt, kNavy, true};
inline constexpr TextStyle kCoverName{FontFace::bold, 60, 66, kWhite, true};
inline constexpr TextStyle kCoverFullName{FontFace::regular, 15, 2 * kLinePt, kWhite, true};
inline constexpr TextStyle kCoverTagline{FontFace::regular, 19, 25, kWhite, true};
inline constexpr TextStyle kFooter{FontFace::regular, 7.5, 11.25, kMuted};

}  // namespace theme
}  // namespace brochure
