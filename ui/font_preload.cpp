#include "font_preload.h"

#ifdef RELATA_HAVE_FONTCONFIG
#include <fontconfig/fontconfig.h>
#endif

#include <thread>

namespace relata {
namespace {

// Joined at exit if nobody waited for it: a command may stop before it
// measures any text.
std::jthread& preloader()
{
    static std::jthread thread;
    return thread;
}

} // namespace

void preloadFontConfig()
{
#ifdef RELATA_HAVE_FONTCONFIG
    // FcInit is thread-safe; the configuration it loads is the one Qt's own
    // FcInit then returns.
    if (!preloader().joinable())
        preloader() = std::jthread([] { FcInit(); });
#endif
}

void waitForFontConfig()
{
    if (preloader().joinable())
        preloader().join();
}

} // namespace relata
