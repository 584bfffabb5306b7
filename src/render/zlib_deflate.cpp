#include "render/zlib_deflate.hpp"

#include <zlib.h>

namespace brochure {

std::string zlib_deflated(const std::vector<std::uint8_t>& data) {
    uLongf size = compressBound(static_cast<uLong>(data.size()));
    std::string result(size, '\0');
    if (compress2(reinterpret_cast<Bytef*>(result.data()), &size, data.data(), static_cast<uLong>(data.size()),
                  Z_DEFAULT_COMPRESSION) != Z_OK)
        return {};
    result.resize(size);
    return result;
}

}  // namespace brochure
