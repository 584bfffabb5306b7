#include "image/raster.hpp"

#include <algorithm>
#include <array>
#include <cstddef>
#include <cstring>
#include <tuple>
#include <utility>

namespace brochure {

bool Raster::has_transparency() const {
    return std::any_of(alpha.begin(), alpha.end(), [](std::uint8_t a) { return a != 255; });
}

Raster cropped(const Raster& raster, int left, int top, int width, int height) {
    const int channels = channel_count(raster.format);
    Raster part{width, height, raster.format, {}, {}};
    part.samples.reserve(static_cast<std::size_t>(width) * height * channels);
    for (int y = top; y < top + height; ++y) {
        const auto row = raster.samples.begin() + (static_cast<std::ptrdiff_t>(y) * raster.width + left) * channels;
        part.samples.insert(part.samples.end(), row, row + static_cast<std::ptrdiff_t>(width) * channels);
        if (!raster.alpha.empty()) {
            const auto alpha_row = raster.alpha.begin() + static_cast<std::ptrdiff_t>(y) * raster.width + left;
            part.alpha.insert(part.alpha.end(), alpha_row, alpha_row + width);
        }
    }
    return part;
}

namespace {

// The source pixels a target pixel covers along one axis: for each target index, the
// first source index and the weight of each source pixel it overlaps.
struct Footprint {
    int first = 0;
    std::vector<double> weights;
};

std::vector<Footprint> footprints(int source, int target) {
    std::vector<Footprint> result(static_cast<std::size_t>(target));
    const double scale = static_cast<double>(source) / target;
    for (int t = 0; t < target; ++t) {
        const double begin = t * scale, end = (t + 1) * scale;
        Footprint& footprint = result[static_cast<std::size_t>(t)];
        footprint.first = static_cast<int>(begin);
        for (int s = footprint.first; s < source && s < end; ++s)
            footprint.weights.push_back(std::min<double>(end, s + 1) - std::max<double>(begin, s));
    }
    return result;
}

}  // namespace

namespace {

// downsampled, for a raster of kChannels samples a pixel, with or without alpha: as
// constants, so that the sums stay in registers (this loop is most of the cost of a photo).
// Each output row is made in two passes, which give the same sum as one over each pixel's
// footprint because a weight is a row's share times a column's: first every column's
// samples are summed over the row's footprint down, then those sums over each pixel's
// footprint across.
// The result is written over the raster's own samples, from the top: output row y ends
// where row y + 1 of a source at least as wide would end, and every footprint after it
// starts at source row y + 1 or below, so no row is overwritten before its last use.
// A cover photo's decoded pixels and their reduction are each more than half a megabyte,
// and side by side they were a render's peak of memory.
template <int kChannels, bool kWithAlpha>
void average_in_place(Raster& raster, const std::vector<Footprint>& across, const std::vector<Footprint>& down) {
    const auto source_width = static_cast<std::size_t>(raster.width);
    const auto target_width = static_cast<int>(across.size());
    const auto target_height = static_cast<int>(down.size());
    std::vector<double> column_sums(source_width * kChannels);           // Σ weight × opacity × sample
    std::vector<double> column_coverage(kWithAlpha ? source_width : 0);  // Σ weight × opacity
    for (int ty = 0; ty < target_height; ++ty) {
        const Footprint& rows = down[static_cast<std::size_t>(ty)];
        // Every footprint holds at least one row: the first sets the sums, the others add.
        double rows_area = 0;
        for (std::size_t j = 0; j < rows.weights.size(); ++j) {
            const double weight = rows.weights[j];
            const bool first = j == 0;
            rows_area += weight;
            const std::size_t row = static_cast<std::size_t>(rows.first + static_cast<int>(j)) * source_width;
            const std::uint8_t* samples = raster.samples.data() + row * kChannels;
            if (!kWithAlpha) {
                // One weight for the whole row: loops the compiler vectorises.
                if (first)
                    for (std::size_t k = 0; k < column_sums.size(); ++k) column_sums[k] = weight * samples[k];
                else
                    for (std::size_t k = 0; k < column_sums.size(); ++k) column_sums[k] += weight * samples[k];
                continue;
            }
            for (std::size_t x = 0; x < source_width; ++x) {
                const double share = weight * (raster.alpha[row + x] / 255.0);
                for (int c = 0; c < kChannels; ++c) {
                    const double part = share * samples[x * kChannels + c];
                    column_sums[x * kChannels + c] = first ? part : column_sums[x * kChannels + c] + part;
                }
                column_coverage[x] = first ? share : column_coverage[x] + share;
            }
        }
        for (int tx = 0; tx < target_width; ++tx) {
            const Footprint& columns = across[static_cast<std::size_t>(tx)];
            std::array<double, kChannels> sums{};
            double coverage = 0, area = 0;
            for (std::size_t i = 0; i < columns.weights.size(); ++i) {
                const std::size_t x = static_cast<std::size_t>(columns.first) + i;
                const double weight = columns.weights[i];
                for (int c = 0; c < kChannels; ++c)
                    sums[static_cast<std::size_t>(c)] += weight * column_sums[x * kChannels + c];
                coverage += weight * (kWithAlpha ? column_coverage[x] : rows_area);
                area += weight * rows_area;
            }
            const std::size_t target = static_cast<std::size_t>(ty) * target_width + tx;
            for (int c = 0; c < kChannels; ++c)
                raster.samples[target * kChannels + static_cast<std::size_t>(c)] = static_cast<std::uint8_t>(
                    coverage > 0 ? std::clamp(sums[static_cast<std::size_t>(c)] / coverage + 0.5, 0.0, 255.0) : 0);
            if (kWithAlpha)
                raster.alpha[target] = static_cast<std::uint8_t>(std::clamp(255 * coverage / area + 0.5, 0.0, 255.0));
        }
    }
}

}  // namespace

void crop_in_place(Raster& raster, int left, int top, int width, int height) {
    // Each row moves to where it starts in the crop, never later than where it was, so
    // rows are moved in order, from the top, and none is overwritten before it moves.
    const auto move_rows = [&](std::vector<std::uint8_t>& samples, std::size_t channels) {
        const std::size_t row_bytes = static_cast<std::size_t>(width) * channels;
        for (int y = 0; y < height; ++y) {
            const std::size_t from = (static_cast<std::size_t>(top + y) * raster.width + left) * channels;
            std::memmove(samples.data() + static_cast<std::size_t>(y) * row_bytes, samples.data() + from, row_bytes);
        }
        samples.resize(row_bytes * static_cast<std::size_t>(height));
    };
    move_rows(raster.samples, static_cast<std::size_t>(channel_count(raster.format)));
    if (!raster.alpha.empty()) move_rows(raster.alpha, 1);
    raster.width = width;
    raster.height = height;
}

void fill_hidden_colour(Raster& raster) {
    if (raster.alpha.empty()) return;
    const auto channels = static_cast<std::size_t>(channel_count(raster.format));
    const auto shows = std::find_if(raster.alpha.begin(), raster.alpha.end(), [](std::uint8_t a) { return a != 0; });
    if (shows == raster.alpha.end()) return;  // nothing shows: any colour will do
    std::size_t last_shown = static_cast<std::size_t>(shows - raster.alpha.begin());
    for (std::size_t pixel = 0; pixel < raster.alpha.size(); ++pixel) {
        if (raster.alpha[pixel] != 0) {
            last_shown = pixel;
            continue;
        }
        std::copy_n(raster.samples.begin() + static_cast<std::ptrdiff_t>(last_shown * channels), channels,
                    raster.samples.begin() + static_cast<std::ptrdiff_t>(pixel * channels));
    }
}

Raster downsampled(Raster raster, int width, int height) {
    width = std::min(width, raster.width), height = std::min(height, raster.height);  // average_in_place only shrinks
    if (width == raster.width && height == raster.height) return raster;
    const int channels = channel_count(raster.format);
    const bool with_alpha = !raster.alpha.empty();
    const auto across = footprints(raster.width, width);
    const auto down = footprints(raster.height, height);
    constexpr int kRgb = channel_count(PixelFormat::rgb), kCmyk = channel_count(PixelFormat::cmyk);
    if (raster.format == PixelFormat::rgb)
        with_alpha ? average_in_place<kRgb, true>(raster, across, down) : average_in_place<kRgb, false>(raster, across, down);
    else
        with_alpha ? average_in_place<kCmyk, true>(raster, across, down) : average_in_place<kCmyk, false>(raster, across, down);
    raster.width = width;
    raster.height = height;
    raster.samples.resize(static_cast<std::size_t>(width) * height * channels);
    if (with_alpha) raster.alpha.resize(static_cast<std::size_t>(width) * height);
    return raster;
}

Raster flattened(const Raster& raster, const std::vector<std::uint8_t>& backdrop) {
    Raster result = raster;
    result.alpha.clear();
    if (raster.alpha.empty()) return result;
    const auto channels = static_cast<std::size_t>(channel_count(raster.format));
    for (std::size_t pixel = 0; pixel < raster.alpha.size(); ++pixel) {
        const int opacity = raster.alpha[pixel];
        for (std::size_t c = 0; c < channels; ++c) {
            std::uint8_t& sample = result.samples[pixel * channels + c];
            sample = static_cast<std::uint8_t>((sample * opacity + backdrop[c] * (255 - opacity) + 127) / 255);
        }
    }
    return result;
}

Raster upright(Raster raster, int exif_orientation) {
    if (exif_orientation < 2 || exif_orientation > 8) return raster;
    // Orientations 5 to 8 swap the axes.
    const bool swaps = exif_orientation >= 5;
    const int width = swaps ? raster.height : raster.width;
    const int height = swaps ? raster.width : raster.height;
    const auto channels = static_cast<std::size_t>(channel_count(raster.format));
    Raster result{width, height, raster.format, {}, {}};
    result.samples.resize(raster.samples.size());
    if (!raster.alpha.empty()) result.alpha.resize(raster.alpha.size());
    for (int y = 0; y < height; ++y) {
        for (int x = 0; x < width; ++x) {
            // The stored pixel shown at (x, y).
            int sx = x, sy = y;
            switch (exif_orientation) {
                case 2: sx = raster.width - 1 - x; break;
                case 3: sx = raster.width - 1 - x; sy = raster.height - 1 - y; break;
                case 4: sy = raster.height - 1 - y; break;
                case 5: sx = y; sy = x; break;
                case 6: sx = y; sy = raster.height - 1 - x; break;
                case 7: sx = raster.width - 1 - y; sy = raster.height - 1 - x; break;
                case 8: sx = raster.width - 1 - y; sy = x; break;
            }
            const std::size_t from = static_cast<std::size_t>(sy) * raster.width + sx;
            const std::size_t to = static_cast<std::size_t>(y) * width + x;
            std::copy_n(raster.samples.begin() + static_cast<std::ptrdiff_t>(from * channels), channels,
                        result.samples.begin() + static_cast<std::ptrdiff_t>(to * channels));
            if (!raster.alpha.empty()) result.alpha[to] = raster.alpha[from];
        }
    }
    return result;
}

namespace {

// The span [from, from + length) of a side `side` long, read from the other end.
std::pair<double, double> mirrored(double from, double length, double side) { return {side - from - length, length}; }

}  // namespace

Rect stored_region(const Rect& region, int exif_orientation, double stored_width, double stored_height) {
    if (exif_orientation < 2 || exif_orientation > 8) return region;
    // The upright image's rows are the stored image's columns in orientations 5 to 8.
    const bool swaps = exif_orientation >= 5;
    auto [left, width] = swaps ? std::pair{region.top_pt, region.height_pt} : std::pair{region.left_pt, region.width_pt};
    auto [top, height] = swaps ? std::pair{region.left_pt, region.width_pt} : std::pair{region.top_pt, region.height_pt};
    // Which stored axes run backwards (see upright: 2 mirrors across, 3 turns a half, …).
    const bool across_reversed = exif_orientation == 2 || exif_orientation == 3 || exif_orientation == 7 || exif_orientation == 8;
    const bool down_reversed = exif_orientation == 3 || exif_orientation == 4 || exif_orientation == 6 || exif_orientation == 7;
    if (across_reversed) std::tie(left, width) = mirrored(left, width, stored_width);
    if (down_reversed) std::tie(top, height) = mirrored(top, height, stored_height);
    return {left, top, width, height};
}

Rect upright_region(const Rect& region, int exif_orientation, double stored_width, double stored_height) {
    if (exif_orientation < 2 || exif_orientation > 8) return region;
    const bool across_reversed = exif_orientation == 2 || exif_orientation == 3 || exif_orientation == 7 || exif_orientation == 8;
    const bool down_reversed = exif_orientation == 3 || exif_orientation == 4 || exif_orientation == 6 || exif_orientation == 7;
    auto [left, width] = std::pair{region.left_pt, region.width_pt};
    auto [top, height] = std::pair{region.top_pt, region.height_pt};
    if (across_reversed) std::tie(left, width) = mirrored(left, width, stored_width);
    if (down_reversed) std::tie(top, height) = mirrored(top, height, stored_height);
    if (exif_orientation >= 5) return {top, left, height, width};
    return {left, top, width, height};
}

}  // namespace brochure
