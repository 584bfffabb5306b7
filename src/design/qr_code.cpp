#include "design/qr_code.hpp"

#include <qrcodegen/qrcodegen.hpp>

#include <deque>
#include <map>
#include <mutex>
#include <string>

#include "design/qr_mask.hpp"

namespace brochure {

namespace {

QrModules modules_of(const qrcodegen::QrCode& code) {
    QrModules modules;
    modules.size = code.getSize();
    modules.dark.resize(static_cast<std::size_t>(modules.size * modules.size));
    for (int y = 0; y < modules.size; ++y)
        for (int x = 0; x < modules.size; ++x)
            modules.dark[static_cast<std::size_t>(y * modules.size + x)] = code.getModule(x, y);
    return modules;
}

// The level's indicator in the format information (ISO/IEC 18004, table 12).
int level_bits(qrcodegen::QrCode::Ecc level) {
    switch (level) {
        case qrcodegen::QrCode::Ecc::LOW: return 1;
        case qrcodegen::QrCode::Ecc::MEDIUM: return 0;
        case qrcodegen::QrCode::Ecc::QUARTILE: return 3;
        case qrcodegen::QrCode::Ecc::HIGH: return 2;
    }
    return 0;
}

// qrcodegen masks and scores its own symbol eight times to choose a mask, three quarters
// of a code's time; least_penalty_mask makes the same choice from the symbol encoded with
// mask 0, which then is encoded again with the mask chosen (unless that is 0).
std::optional<QrModules> encoded(std::string_view text) {
    const std::vector<std::uint8_t> bytes(text.begin(), text.end());
    // Byte mode keeps the URL exactly as written (alphanumeric mode would upper-case it).
    const std::vector<qrcodegen::QrSegment> segments{qrcodegen::QrSegment::makeBytes(bytes)};
    const auto encode = [&](int mask) {
        return qrcodegen::QrCode::encodeSegments(segments, qrcodegen::QrCode::Ecc::MEDIUM, 1, kMaxQrVersion, mask,
                                                 /*boostEcl=*/true);
    };
    try {
        const qrcodegen::QrCode with_mask_zero = encode(0);
        QrModules modules = modules_of(with_mask_zero);
        const int mask = least_penalty_mask(modules.dark, with_mask_zero.getVersion(),
                                            level_bits(with_mask_zero.getErrorCorrectionLevel()));
        return mask == 0 ? modules : modules_of(encode(mask));
    } catch (const qrcodegen::data_too_long&) {
        return std::nullopt;
    }
}

// Symbols kept at most; the oldest is dropped first. One is a few hundred bytes.
constexpr std::size_t kMaxCachedSymbols = 1024;

// The symbols of the process's texts: the profiles of a batch often link the same videos,
// so each text is encoded once.
class SymbolCache {
public:
    std::optional<QrModules> symbol_of(std::string_view text) {
        {
            std::lock_guard lock(mutex_);
            if (const auto found = symbols_.find(text); found != symbols_.end()) return found->second;
        }
        std::optional<QrModules> made = encoded(text);
        std::lock_guard lock(mutex_);
        if (symbols_.emplace(std::string(text), made).second) {
            order_.emplace_back(text);
            if (order_.size() > kMaxCachedSymbols) {
                symbols_.erase(order_.front());
                order_.pop_front();
            }
        }
        return made;
    }

private:
    std::mutex mutex_;
    std::map<std::string, std::optional<QrModules>, std::less<>> symbols_;
    std::deque<std::string> order_;
};

}  // namespace

std::optional<QrModules> encode_qr(std::string_view text) {
    static SymbolCache cache;
    return cache.symbol_of(text);
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
