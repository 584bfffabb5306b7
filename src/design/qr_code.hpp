#pragma once
// QR codes as layout items: the symbol's modules become filled rectangles (one per
// horizontal run of dark modules, all filled as one path) inside a light quiet zone.
// qrcodegen is included here and nowhere else.

#include <optional>
#include <string_view>
#include <vector>

#include "core/color.hpp"
#include "core/geometry.hpp"
#include "layout/document.hpp"

namespace brochure {

/// Largest QR version the brochure prints: at the symbol width it gives, version 7's
/// 45 modules stay about 0.5 mm wide, comfortably above what phone cameras resolve.
inline constexpr int kMaxQrVersion = 7;

/// Modules on each side of the symbol that must stay light (the standard's minimum).
inline constexpr int kQrQuietZoneModules = 4;

/// A QR symbol as a square grid of modules.
struct QrModules {
    int size = 0;            ///< modules per side (21 for version 1, +4 per version)
    std::vector<bool> dark;  ///< row-major, size × size

    bool is_dark(int x, int y) const { return dark[static_cast<std::size_t>(y * size + x)]; }
};

/// Encodes `text` byte for byte (case kept) at error correction M or higher, version at
/// most kMaxQrVersion. nullopt when it does not fit. Each text is encoded once per
/// process (safe from several threads): the same text always gives the same symbol.
std::optional<QrModules> encode_qr(std::string_view text);

/// Rectangles covering the dark modules, one per maximal horizontal run, with module
/// (0, 0) at (left_pt, top_pt) and each module `module_pt` square.
std::vector<Rect> dark_module_runs(const QrModules& modules, double left_pt, double top_pt, double module_pt);

/// A placed QR code: the light square with its quiet zone, the dark runs and a link.
struct QrPlacement {
    Rect outer;               ///< symbol plus quiet zone
    double module_pt = 0;     ///< side of one module
    std::vector<Item> items;  ///< light background, dark runs, link over `outer`
};

/// Places `modules` so that symbol plus quiet zone fill a square of `outer_width_pt` at
/// (left_pt, top_pt), linking to `url`.
QrPlacement place_qr(const QrModules& modules, double left_pt, double top_pt, double outer_width_pt,
                     std::string_view url, Color dark, Color light);

}  // namespace brochure
