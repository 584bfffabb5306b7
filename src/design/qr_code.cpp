#include "design/qr_code.hpp"

#include <qrcodegen/qrcodegen.hpp>
#include <string>

namespace brochure {

std::optional<QrModules> encode_qr(std::string_view text) {
    const std::vector<std::uint8_t> bytes(text.begin(), text.end());
    // Byte mode keeps the URL exactly as written (alphanumeric mode would upper-case it).
    const std::vector<qrcodegen::QrSegment> segments{qrcodegen::QrSegment::makeBytes(bytes)};
    try {
        const auto code = qrcodegen::QrCode::encodeSegments(segments, qrcodegen::QrCode::Ecc::MEDIUM, 1,
                                                            kMaxQrVersion, -1, /*boostEcl=*/true);
        QrModules modules;
        modules.size = code.getSize();
        modules.dark.resize(static_cast<std::size_t>(modules.size * modules.size));
        for (int y = 0; y < modules.size; ++y)
            for (int x = 0; x < modules.size; ++x)
                modules.dark[static_cast<std::size_t>(y * modules.size + x)] = code.getModule(x, y);
        return modules;
    } catch (const qrcodegen::data_too_long&) {
        return std::nullopt;
    }
}

std::vector<Rect> dark_module_runs(const QrModules& modules, double left_pt, double top_pt, double module_pt) {
    std::vector<Rect> runs;
    for (int y = 0; y < modules.size; ++y) {
        int x = 0;
        while (x < modules.size) {
            if (!modules.is_dark(x, y)) {
                ++x;
                continue;
            }
            const int start = x;
            while (x < modules.size && modules.is_dark(x, y)) ++x;
            runs.push_back({left_pt + start * module_pt, top_pt + y * module_pt, (x - start) * module_pt, module_pt});
        }
    }
    return runs;
}

QrPlacement place_qr(const QrModules& modules, double left_pt, double top_pt, double outer_width_pt,
                     std::string_view url, Color dark, Color light) {
    QrPlacement placement;
    placement.outer = {left_pt, top_pt, outer_width_pt, outer_width_pt};
    placement.module_pt = outer_width_pt / (modules.size + 2 * kQrQuietZoneModules);
    const double symbol_offset_pt = kQrQuietZoneModules * placement.module_pt;
    placement.items.push_back(FilledRect{placement.outer, light});
    placement.items.push_back(FilledRects{
        dark_module_runs(modules, left_pt + symbol_offset_pt, top_pt + symbol_offset_pt, placement.module_pt), dark});
    placement.items.push_back(Link{placement.outer, std::string(url)});
    return placement;
}

}  // namespace brochure
