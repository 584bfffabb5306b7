#pragma once
// The orientation a camera recorded in a JPEG's EXIF block (APP1 "Exif").

#include <cstddef>
#include <cstdint>

namespace brochure {

/// The value of tag 0x0112 (Orientation) in IFD0 of the EXIF block `data` (the APP1
/// marker's contents, starting with "Exif\0\0"): 1 to 8. 1 (as stored) when there is
/// none or the block is malformed. Reads nothing outside `size` bytes.
int exif_orientation(const std::uint8_t* data, std::size_t size);

}  // namespace brochure
