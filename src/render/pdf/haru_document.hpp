#pragma once
// Ownership of one libharu document and the record of its errors. libharu reports errors
// through a callback; this one only records the code, and callers check every return
// value and turn a failure into a one-line reason. Nothing unwinds through libharu.

#include <hpdf.h>

#include <string>
#include <string_view>

namespace brochure {

class HaruDocument {
public:
    /// Creates an empty libharu document; `valid()` is false when libharu could not.
    HaruDocument();
    ~HaruDocument();
    HaruDocument(const HaruDocument&) = delete;
    HaruDocument& operator=(const HaruDocument&) = delete;

    bool valid() const { return pdf_ != nullptr; }
    HPDF_Doc handle() const { return pdf_; }

    /// One line saying that `action` failed, with the first libharu error recorded, if any
    /// (some libharu failures record none).
    std::string failure(std::string_view action) const;

    /// The first error code libharu reported (0 when none); for the callback only.
    HPDF_STATUS first_error_code = 0;
    HPDF_STATUS first_error_detail = 0;

private:
    HPDF_Doc pdf_ = nullptr;
};

}  // namespace brochure
