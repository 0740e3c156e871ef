pragma Singleton
import QtQuick

QtObject {
    // The visitor's choices (reset when the kiosk forgets the visitor).
    property int textStep: 0            // 0, 1, 2: three text sizes
    property bool highContrast: false
    property string family: Qt.application.font.family  // the visitor's: Show.fontFamily
    property bool reachMode: false      // everything within reach of a seated visitor or a child
    // In reach mode, the height at the top of the screen area where no control starts (Main.qml sets it; 0 when
    // off). Screens put their controls below it; what they show may scroll up into it.
    property int reachTop: 0
    function resetVisitorChoices() { textStep = 0; highContrast = false; reachMode = false }

    // Colours: calm paper, deep teal, saffron accent (text contrast ≥ 4.5:1); high contrast: white and yellow on black.
    readonly property color background: highContrast ? "#000000" : "#f5f2ea"
    readonly property color surface: highContrast ? "#000000" : "#ffffff"
    readonly property color surfaceAlt: highContrast ? "#1a1a1a" : "#ebe6da"
    readonly property color primary: highContrast ? "#ffd600" : "#0b5566"
    readonly property color primaryDark: highContrast ? "#ffd600" : "#073a46"
    readonly property color inkOnPrimary: highContrast ? "#000000" : "#ffffff"
    readonly property color accent: highContrast ? "#7fe7ff" : "#c9731a"
    readonly property color text: highContrast ? "#ffffff" : "#1b2230"
    readonly property color textMuted: highContrast ? "#ffffff" : "#4f5868"
    readonly property color line: highContrast ? "#ffffff" : "#d6cfbf"
    readonly property color now: highContrast ? "#00c853" : "#1f7a3a"
    readonly property color next: highContrast ? "#ffab00" : "#9a5b00"
    readonly property color pressed: highContrast ? "#444444" : "#d9eef2"
    readonly property color highlight: highContrast ? "#ffd600" : "#ffe08a"
    readonly property var areaColors: highContrast ? ["#ffd600", "#7fe7ff", "#ff9e80", "#b9f6ca", "#ea80fc", "#ffffff"]
                                                   : ["#0b5566", "#8a3b6b", "#a4462a", "#2e6b2f", "#4b4f9a", "#7a5d12"]
    readonly property var tileColors: highContrast ? ["#000000", "#000000", "#000000", "#000000", "#000000", "#000000"]
                                                   : ["#0b5566", "#8a3b6b", "#2e6b2f", "#a4462a", "#4b4f9a", "#7a5d12"]

    // Sizes scale with the window's shorter side so 1920×1080 and 1080×1920 both read well.
    property real scale: 1.0
    property real mm: 4.0  // pixels per millimetre on the physical screen; Main.qml sets it from Screen
    readonly property real textScale: [1.0, 1.2, 1.4][textStep]
    readonly property int touch: Math.max(64, Math.round(11 * mm))      // ≥ 9 mm, never below 48 px
    readonly property int gap: Math.round(16 * scale)
    readonly property int margin: Math.round(32 * scale)
    readonly property int radius: Math.round(14 * scale)
    readonly property int qrSize: Math.max(320, Math.round(80 * mm))   // ≥ 8 cm on the physical screen

    readonly property int small: Math.round(22 * scale * textScale)
    readonly property int body: Math.round(27 * scale * textScale)
    readonly property int large: Math.round(34 * scale * textScale)
    readonly property int title: Math.round(46 * scale * textScale)
    readonly property int display: Math.round(72 * scale * textScale)
}
