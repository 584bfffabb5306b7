#include "design/qr_mask.hpp"

#include <array>
#include <cstdint>
#include <cstdlib>
#include <limits>

namespace brochure {

namespace {

// The standard's weights for its four penalty rules (ISO/IEC 18004, table 11).
constexpr long kRunPenalty = 3;         // N1: five alike in a row, plus one for each more
constexpr long kBlockPenalty = 3;       // N2: each 2 × 2 block alike
constexpr long kFinderLikePenalty = 40; // N3: each pattern like a finder's
constexpr long kBalancePenalty = 10;    // N4: each 5 % of imbalance beyond 45–55 %
constexpr int kShortestPenalisedRun = 5;

constexpr int kFinderSide = 7;
constexpr int kTimingLine = 6;
constexpr int kFormatBitCount = 15;
// The format information's BCH code: generator x^10 + x^8 + x^5 + x^4 + x^2 + x + 1, and the
// mask XORed over the fifteen bits so that no combination is all light.
constexpr int kFormatGenerator = 0x537;
constexpr int kFormatXorMask = 0x5412;
constexpr int kFormatCheckBits = 10;
constexpr int kFirstVersionWithVersionInformation = 7;

int side_of(int version) { return 17 + 4 * version; }

std::size_t index_of(int size, int x, int y) { return static_cast<std::size_t>(y) * static_cast<std::size_t>(size) + static_cast<std::size_t>(x); }

// The centres of the alignment patterns along either axis (ISO/IEC 18004, annex E): 6, then
// evenly spaced (the spacing even) up to size - 7.
std::vector<int> alignment_centres(int version) {
    if (version == 1) return {};
    const int count = version / 7 + 2;
    const int last = side_of(version) - 7;
    const int step = version == 32 ? 26 : (version * 4 + count * 2 + 1) / (count * 2 - 2) * 2;
    std::vector<int> centres(static_cast<std::size_t>(count));
    centres.front() = 6;
    for (int i = count - 1, centre = last; i >= 1; --i, centre -= step) centres[static_cast<std::size_t>(i)] = centre;
    return centres;
}

// Where format bit `bit` (0: least significant) lies in each of its two copies.
struct FormatPlaces {
    int first_x, first_y, second_x, second_y;
};

FormatPlaces format_places(int size, int bit) {
    FormatPlaces places{};
    // First copy, around the top-left finder: down column 8, skipping the timing row, then
    // left along row 8, skipping the timing column.
    if (bit < 6) places.first_x = 8, places.first_y = bit;
    else if (bit < 8) places.first_x = 8, places.first_y = bit + 1;
    else if (bit == 8) places.first_x = 7, places.first_y = 8;
    else places.first_x = kFormatBitCount - 1 - bit, places.first_y = 8;
    // Second copy: along row 8 under the top-right finder, then up column 8 beside the
    // bottom-left one.
    if (bit < 8) places.second_x = size - 1 - bit, places.second_y = 8;
    else places.second_x = 8, places.second_y = size - kFormatBitCount + bit;
    return places;
}

int format_bits(int level_bits, int mask) {
    const int data = level_bits << 3 | mask;
    int remainder = data;
    for (int i = 0; i < kFormatCheckBits; ++i) remainder = (remainder << 1) ^ ((remainder >> 9) * kFormatGenerator);
    return (data << kFormatCheckBits | remainder) ^ kFormatXorMask;
}

// One row or column scored by N1 and N3. Runs are fed as they end; the light margin
// beyond each end of the line counts as `size` light modules added to the first and last
// runs when they are light (and as a light run of its own when they are dark).
class LineScore {
public:
    explicit LineScore(int size) : size_(size) {}

    void module(std::uint8_t dark) {
        const bool is_dark = dark != 0;
        if (is_dark == run_dark_) {
            ++run_length_;
            if (run_length_ == kShortestPenalisedRun) penalty_ += kRunPenalty;
            else if (run_length_ > kShortestPenalisedRun) ++penalty_;
            return;
        }
        end_run(run_length_);
        if (!run_dark_) penalty_ += kFinderLikePenalty * finder_like_patterns();
        run_dark_ = is_dark;
        run_length_ = 1;
    }

    long finish() {
        if (run_dark_) {
            end_run(run_length_);
            run_length_ = 0;
        }
        end_run(run_length_ + size_);  // the last light run, margin included
        return penalty_ + kFinderLikePenalty * finder_like_patterns();
    }

private:
    void end_run(int length) {
        if (runs_[0] == 0) length += size_;  // the line's first run: the margin before it
        for (std::size_t i = runs_.size() - 1; i > 0; --i) runs_[i] = runs_[i - 1];
        runs_[0] = length;
    }

    // Given that the run just ended is light: dark, light, dark × 3, light, dark in the
    // five runs before it, each of one width, with four widths of light on one side and at
    // least one on the other; once for each side that has the four.
    int finder_like_patterns() const {
        const int unit = runs_[1];
        const bool core = unit > 0 && runs_[2] == unit && runs_[3] == 3 * unit && runs_[4] == unit && runs_[5] == unit;
        if (!core) return 0;
        return (runs_[0] >= 4 * unit && runs_[6] >= unit ? 1 : 0) + (runs_[6] >= 4 * unit && runs_[0] >= unit ? 1 : 0);
    }

    int size_;
    bool run_dark_ = false;
    int run_length_ = 0;
    std::array<int, 7> runs_{};  ///< the latest ended runs' lengths, the newest first
    long penalty_ = 0;
};

}  // namespace

std::vector<bool> qr_function_modules(int version) {
    const int size = side_of(version);
    std::vector<bool> function(static_cast<std::size_t>(size) * static_cast<std::size_t>(size), false);
    const auto mark = [&](int x, int y) { function[index_of(size, x, y)] = true; };
    // The finders with their separators: 8 × 8 at three corners.
    for (int y = 0; y <= kFinderSide; ++y)
        for (int x = 0; x <= kFinderSide; ++x) {
            mark(x, y);
            mark(size - 1 - x, y);
            mark(x, size - 1 - y);
        }
    for (int i = 0; i < size; ++i) {
        mark(i, kTimingLine);
        mark(kTimingLine, i);
    }
    const std::vector<int> centres = alignment_centres(version);
    for (std::size_t i = 0; i < centres.size(); ++i)
        for (std::size_t j = 0; j < centres.size(); ++j) {
            const bool under_a_finder = (i == 0 && j == 0) || (i == 0 && j == centres.size() - 1) ||
                                        (i == centres.size() - 1 && j == 0);
            if (under_a_finder) continue;
            for (int dy = -2; dy <= 2; ++dy)
                for (int dx = -2; dx <= 2; ++dx) mark(centres[i] + dx, centres[j] + dy);
        }
    for (int bit = 0; bit < kFormatBitCount; ++bit) {
        const FormatPlaces places = format_places(size, bit);
        mark(places.first_x, places.first_y);
        mark(places.second_x, places.second_y);
    }
    mark(8, size - 8);  // the dark module
    if (version >= kFirstVersionWithVersionInformation)
        for (int i = 0; i < 18; ++i) {
            const int across = size - 11 + i % 3, down = i / 3;
            mark(across, down);
            mark(down, across);
        }
    return function;
}

bool qr_mask_inverts(int mask, int x, int y) {
    switch (mask) {
        case 0: return (x + y) % 2 == 0;
        case 1: return y % 2 == 0;
        case 2: return x % 3 == 0;
        case 3: return (x + y) % 3 == 0;
        case 4: return (x / 3 + y / 2) % 2 == 0;
        case 5: return x * y % 2 + x * y % 3 == 0;
        case 6: return (x * y % 2 + x * y % 3) % 2 == 0;
        case 7: return ((x + y) % 2 + x * y % 3) % 2 == 0;
        default: return false;
    }
}

namespace {

// qr_penalty over modules held a byte each (1 for dark): the eight scores of a mask choice
// read each module dozens of times, and a byte is read faster than a bit of vector<bool>.
long penalty_of(const std::vector<std::uint8_t>& dark, int size) {
    long penalty = 0;
    for (int y = 0; y < size; ++y) {
        LineScore row(size);
        for (int x = 0; x < size; ++x) row.module(dark[index_of(size, x, y)]);
        penalty += row.finish();
    }
    for (int x = 0; x < size; ++x) {
        LineScore column(size);
        for (int y = 0; y < size; ++y) column.module(dark[index_of(size, x, y)]);
        penalty += column.finish();
    }
    for (int y = 0; y + 1 < size; ++y)
        for (int x = 0; x + 1 < size; ++x) {
            const std::uint8_t colour = dark[index_of(size, x, y)];
            if (dark[index_of(size, x + 1, y)] == colour && dark[index_of(size, x, y + 1)] == colour &&
                dark[index_of(size, x + 1, y + 1)] == colour)
                penalty += kBlockPenalty;
        }
    long dark_count = 0;
    for (std::uint8_t module : dark) dark_count += module;
    const long total = static_cast<long>(size) * size;
    // The smallest k with (45 - 5k) % <= dark share <= (55 + 5k) %.
    const long steps = (std::labs(dark_count * 20 - total * 10) + total - 1) / total - 1;
    return penalty + steps * kBalancePenalty;
}

}  // namespace

long qr_penalty(const std::vector<bool>& dark, int size) {
    return penalty_of(std::vector<std::uint8_t>(dark.begin(), dark.end()), size);
}

int least_penalty_mask(const std::vector<bool>& with_mask_zero, int version, int level_bits) {
    const int size = side_of(version);
    const std::vector<bool> function = qr_function_modules(version);
    // The data unmasked: mask 0 taken off again.
    std::vector<std::uint8_t> unmasked(with_mask_zero.size());
    for (int y = 0; y < size; ++y)
        for (int x = 0; x < size; ++x) {
            const std::size_t at = index_of(size, x, y);
            unmasked[at] = with_mask_zero[at] != (!function[at] && qr_mask_inverts(0, x, y));
        }
    int best = 0;
    long least = std::numeric_limits<long>::max();
    std::vector<std::uint8_t> symbol(unmasked.size());
    for (int mask = 0; mask < kQrMaskCount; ++mask) {
        for (int y = 0; y < size; ++y)
            for (int x = 0; x < size; ++x) {
                const std::size_t at = index_of(size, x, y);
                symbol[at] = unmasked[at] ^ static_cast<std::uint8_t>(!function[at] && qr_mask_inverts(mask, x, y));
            }
        const int bits = format_bits(level_bits, mask);
        for (int bit = 0; bit < kFormatBitCount; ++bit) {
            const FormatPlaces places = format_places(size, bit);
            const auto is_dark = static_cast<std::uint8_t>(bits >> bit & 1);
            symbol[index_of(size, places.first_x, places.first_y)] = is_dark;
            symbol[index_of(size, places.second_x, places.second_y)] = is_dark;
        }
        if (const long penalty = penalty_of(symbol, size); penalty < least) {
            least = penalty;
            best = mask;
        }
    }
    return best;
}

}  // namespace brochure
