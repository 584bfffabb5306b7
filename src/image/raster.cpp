#include "image/raster.hpp"

#include <algorithm>
#include <cstddef>

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

Raster downsampled(const Raster& raster, int width, int height) {
    if (width >= raster.width && height >= raster.height) return raster;
    const int channels = channel_count(raster.format);
    const bool with_alpha = !raster.alpha.empty();
    const auto across = footprints(raster.width, width);
    const auto down = footprints(raster.height, height);
    Raster result{width, height, raster.format, {}, {}};
    result.samples.resize(static_cast<std::size_t>(width) * height * channels);
    if (with_alpha) result.alpha.resize(static_cast<std::size_t>(width) * height);
    std::vector<double> sums(static_cast<std::size_t>(channels));
    for (int ty = 0; ty < height; ++ty) {
        const Footprint& rows = down[static_cast<std::size_t>(ty)];
        for (int tx = 0; tx < width; ++tx) {
            const Footprint& columns = across[static_cast<std::size_t>(tx)];
            std::fill(sums.begin(), sums.end(), 0.0);
            double coverage = 0, area = 0;
            for (std::size_t j = 0; j < rows.weights.size(); ++j) {
                const int sy = rows.first + static_cast<int>(j);
                for (std::size_t i = 0; i < columns.weights.size(); ++i) {
                    const int sx = columns.first + static_cast<int>(i);
                    const std::size_t pixel = static_cast<std::size_t>(sy) * raster.width + sx;
                    const double weight = rows.weights[j] * columns.weights[i];
                    const double opacity = with_alpha ? raster.alpha[pixel] / 255.0 : 1.0;
                    for (int c = 0; c < channels; ++c)
                        sums[static_cast<std::size_t>(c)] +=
                            weight * opacity * raster.samples[pixel * channels + static_cast<std::size_t>(c)];
                    coverage += weight * opacity;
                    area += weight;
                }
            }
            const std::size_t target = static_cast<std::size_t>(ty) * width + tx;
            for (int c = 0; c < channels; ++c)
                result.samples[target * channels + static_cast<std::size_t>(c)] = static_cast<std::uint8_t>(
                    coverage > 0 ? std::clamp(sums[static_cast<std::size_t>(c)] / coverage + 0.5, 0.0, 255.0) : 0);
            if (with_alpha) result.alpha[target] = static_cast<std::uint8_t>(std::clamp(255 * coverage / area + 0.5, 0.0, 255.0));
        }
    }
    return result;
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

Raster upright(const Raster& raster, int exif_orientation) {
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

}  // namespace brochure
