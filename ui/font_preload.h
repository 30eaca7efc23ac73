#pragma once

namespace relata {

// Qt reads the system's font configuration (fontconfig: a few hundred XML
// files and the font caches) when the first text is measured, which is about
// a tenth of a headless render. preloadFontConfig() starts reading it on a
// thread of its own, to overlap with the application's start and the reading
// of an app; waitForFontConfig() waits for it, and belongs before the first
// text is measured, so that Qt finds it read instead of reading it again at
// the same time. Where Qt's fonts do not come from fontconfig, both do nothing.
void preloadFontConfig();
void waitForFontConfig();

} // namespace relata
