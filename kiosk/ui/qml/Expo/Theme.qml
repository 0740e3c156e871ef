pragma Singleton
import QtQuick

QtObject {
    // Colours: calm paper, deep teal, saffron accent; contrast at least 4.5:1 for text.
    readonly property color background: "#f5f2ea"
    readonly property color surface: "#ffffff"
    readonly property color surfaceAlt: "#ebe6da"
    readonly property color primary: "#0b5566"
    readonly property color primaryDark: "#073a46"
    readonly property color inkOnPrimary: "#ffffff"
    readonly property color accent: "#c9731a"
    readonly property color text: "#1b2230"
    readonly property color textMuted: "#4f5868"
    readonly property color line: "#d6cfbf"
    readonly property color now: "#1f7a3a"
    readonly property color next: "#9a5b00"
    readonly property color pressed: "#d9eef2"
    readonly property var areaColors: ["#0b5566", "#8a3b6b", "#a4462a", "#2e6b2f", "#4b4f9a", "#7a5d12"]

    // Sizes scale with the window's shorter side so 1920×1080 and 1080×1920 both read well.
    property real scale: 1.0
    property real mm: 4.0  // pixels per millimetre on the physical screen; Main.qml sets it from Screen
    readonly property int touch: Math.max(64, Math.round(11 * mm))      // ≥ 9 mm, never below 48 px
    readonly property int gap: Math.round(16 * scale)
    readonly property int margin: Math.round(32 * scale)
    readonly property int radius: Math.round(14 * scale)
    readonly property int qrSize: Math.max(320, Math.round(80 * mm))   // ≥ 8 cm on the physical screen

    readonly property int small: Math.round(22 * scale)
    readonly property int body: Math.round(27 * scale)
    readonly property int large: Math.round(34 * scale)
    readonly property int title: Math.round(46 * scale)
    readonly property int display: Math.round(72 * scale)
}
