#include "image/exif_orientation.hpp"

#include <cstring>

namespace brochure {

namespace {

constexpr std::uint16_t kOrientationTag = 0x0112;
constexpr std::uint16_t kShortType = 3;
constexpr std::size_t kExifHeaderBytes = 6;  // "Exif\0\0"
constexpr std::size_t kIfdEntryBytes = 12;

// A TIFF structure's integers, in the byte order its header names.
struct TiffReader {
    const std::uint8_t* data;
    std::size_t size;
    bool little_endian;

    bool has(std::size_t offset, std::size_t bytes) const { return offset <= size && bytes <= size - offset; }
    std::uint16_t u16(std::size_t offset) const {
        return little_endian ? static_cast<std::uint16_t>(data[offset] | data[offset + 1] << 8)
                             : static_cast<std::uint16_t>(data[offset] << 8 | data[offset + 1]);
    }
    std::uint32_t u32(std::size_t offset) const {
        const std::uint32_t high = u16(offset + (little_endian ? 2 : 0));
        const std::uint32_t low = u16(offset + (little_endian ? 0 : 2));
        return high << 16 | low;
    }
};

}  // namespace

int exif_orientation(const std::uint8_t* data, std::size_t size) {
    if (size < kExifHeaderBytes + 8 || std::memcmp(data, "Exif\0\0", kExifHeaderBytes) != 0) return 1;
    const std::uint8_t* tiff = data + kExifHeaderBytes;
    const std::size_t tiff_size = size - kExifHeaderBytes;
    const bool little = tiff[0] == 'I' && tiff[1] == 'I';
    if (!little && !(tiff[0] == 'M' && tiff[1] == 'M')) return 1;
    const TiffReader reader{tiff, tiff_size, little};
    if (reader.u16(2) != 42) return 1;
    const std::size_t ifd = reader.u32(4);
    if (!reader.has(ifd, 2)) return 1;
    const std::size_t entries = reader.u16(ifd);
    for (std::size_t i = 0; i < entries; ++i) {
        const std::size_t entry = ifd + 2 + i * kIfdEntryBytes;
        if (!reader.has(entry, kIfdEntryBytes)) return 1;
        if (reader.u16(entry) != kOrientationTag) continue;
        if (reader.u16(entry + 2) != kShortType || reader.u32(entry + 4) != 1) return 1;
        const int value = reader.u16(entry + 8);
        return value >= 1 && value <= 8 ? value : 1;
    }
    return 1;
}

}  // namespace brochure
