// The QR mask choice: the same mask as qrcodegen chooses by scoring its own symbols, for
// texts of every length a brochure can link, and so the same symbols.

#include <catch2/catch.hpp>

#include <qrcodegen/qrcodegen.hpp>

#include <string>
#include <vector>

#include "design/qr_code.hpp"
#include "design/qr_mask.hpp"

using namespace brochure;

namespace {

using qrcodegen::QrCode;

QrCode encoded(const std::string& text, int mask) {
    const std::vector<std::uint8_t> bytes(text.begin(), text.end());
    return QrCode::encodeSegments({qrcodegen::QrSegment::makeBytes(bytes)}, QrCode::Ecc::MEDIUM, 1, kMaxQrVersion, mask,
                                  true);
}

std::vector<bool> modules_of(const QrCode& code) {
    std::vector<bool> dark;
    for (int y = 0; y < code.getSize(); ++y)
        for (int x = 0; x < code.getSize(); ++x) dark.push_back(code.getModule(x, y));
    return dark;
}

int level_bits(QrCode::Ecc level) {
    switch (level) {
        case QrCode::Ecc::LOW: return 1;
        case QrCode::Ecc::MEDIUM: return 0;
        case QrCode::Ecc::QUARTILE: return 3;
        case QrCode::Ecc::HIGH: return 2;
    }
    return -1;
}

// Texts like the links a profile holds, of every length up to version 7's capacity, with
// contents that vary from one length to the next.
std::vector<std::string> sample_texts() {
    std::vector<std::string> texts;
    std::string text = "https://www.example.org/video/";
    for (unsigned seed = 1; text.size() < 120; ++seed) {
        seed = seed * 1103515245u + 12345u;
        text += static_cast<char>('a' + (seed >> 16) % 26);
        texts.push_back(text);
    }
    for (const char* link : {"https://www.nato.int/video/discover-nato-hq", "https://youtu.be/dQw4w9WgXcQ", "x",
                             "HTTPS://EXAMPLE.ORG/", "https://vimeo.com/76979871?share=copy&t=0"})
        texts.emplace_back(link);
    return texts;
}

}  // namespace

TEST_CASE("the mask chosen from the symbol with mask 0 is the one qrcodegen chooses", "[qr]") {
    std::vector<int> versions_seen(kMaxQrVersion + 1, 0), masks_seen(kQrMaskCount, 0);
    for (const std::string& text : sample_texts()) {
        INFO(text);
        const QrCode chosen = encoded(text, -1);
        const QrCode with_mask_zero = encoded(text, 0);
        REQUIRE(chosen.getVersion() == with_mask_zero.getVersion());
        const int mask = least_penalty_mask(modules_of(with_mask_zero), with_mask_zero.getVersion(),
                                            level_bits(with_mask_zero.getErrorCorrectionLevel()));
        CHECK(mask == chosen.getMask());
        ++versions_seen[static_cast<std::size_t>(chosen.getVersion())];
        ++masks_seen[static_cast<std::size_t>(chosen.getMask())];
        // And the symbol the brochure draws is qrcodegen's own.
        const std::optional<QrModules> drawn = encode_qr(text);
        REQUIRE(drawn);
        CHECK(drawn->dark == modules_of(chosen));
    }
    // The samples reach every version up to the largest, and most masks.
    for (int version = 1; version <= kMaxQrVersion; ++version) CHECK(versions_seen[static_cast<std::size_t>(version)] > 0);
    int masks_chosen = 0;
    for (int count : masks_seen) masks_chosen += count > 0 ? 1 : 0;
    CHECK(masks_chosen >= 6);
}

TEST_CASE("the function modules are those no mask changes, and leave the data modules the standard counts",
          "[qr]") {
    // qrcodegen leaves function modules alone whatever the mask, so a module that differs
    // between two masks of one text is a data module, or format information (which
    // qr_function_modules counts among the function modules).
    for (const std::string text : {"x", "https://www.example.org/a-somewhat-longer-link-to-a-video-page/of-version-5"}) {
        const QrCode first = encoded(text, 0);
        const std::vector<bool> function = qr_function_modules(first.getVersion());
        const std::vector<bool> zero = modules_of(first);
        const int size = first.getSize();
        for (int mask = 1; mask < kQrMaskCount; ++mask) {
            const std::vector<bool> other = modules_of(encoded(text, mask));
            for (int y = 0; y < size; ++y)
                for (int x = 0; x < size; ++x) {
                    const std::size_t at = static_cast<std::size_t>(y * size + x);
                    const bool format_information = (x == 8 && (y <= 8 || y >= size - 7)) || (y == 8 && (x <= 8 || x >= size - 8));
                    if (other[at] != zero[at] && !format_information) {
                        INFO(mask << ": " << x << ", " << y);
                        CHECK_FALSE(function[at]);
                    }
                }
        }
    }
    // ISO/IEC 18004, table 1: the data modules of versions 1 to 7 (all but the function
    // patterns, the format and version information).
    const std::vector<int> data_modules{208, 359, 567, 807, 1079, 1383, 1568};
    for (int version = 1; version <= kMaxQrVersion; ++version) {
        const std::vector<bool> function = qr_function_modules(version);
        int data = 0;
        for (bool module : function) data += module ? 0 : 1;
        INFO("version " << version);
        CHECK(data == data_modules[static_cast<std::size_t>(version - 1)]);
    }
}

TEST_CASE("the penalty counts runs, blocks, finder-like patterns and imbalance", "[qr]") {
    // 5 × 5, all light: each of the 10 lines is one run of 5 (3 each), 16 blocks (3 each),
    // no dark module (imbalance 50 %: 9 steps of 5 %, 10 each).
    const std::vector<bool> light(25, false);
    CHECK(qr_penalty(light, 5) == 10 * 3 + 16 * 3 + 9 * 10);
    // 11 × 11, light but for row 5: dark, light, dark × 3, light, dark, then four light
    // modules, and the margin before. Runs: 10 light rows (9 each), 5 columns light 5, dark,
    // light 5 (6 each), 6 light columns (9 each): 174. Blocks: 86 alike, 258. The row is
    // like a finder twice (light on both sides, 4 wide on each): 80. 5 dark of 121: 90.
    const std::vector<bool> finder_row{true, false, true, true, true, false, true, false, false, false, false};
    std::vector<bool> grid(121, false);
    for (int x = 0; x < 11; ++x) grid[static_cast<std::size_t>(5 * 11 + x)] = finder_row[static_cast<std::size_t>(x)];
    CHECK(qr_penalty(grid, 11) == 174 + 258 + 80 + 90);
}
