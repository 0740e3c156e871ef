pragma Singleton
import QtQuick

// Screens ask for navigation here; Main.qml carries it out on its StackView.
QtObject {
    signal requested(string screen, string id)
    signal backRequested()
    signal homeRequested()
    signal languagesRequested()

    // Whatever is tapped to go elsewhere closes the keyboard first (a screen that wants it opens it again).
    function open(screen, id) { Qt.inputMethod.hide(); requested(screen, id === undefined ? "" : id) }
    function back() { Qt.inputMethod.hide(); backRequested() }
    function home() { Qt.inputMethod.hide(); homeRequested() }
    function chooseLanguage() { Qt.inputMethod.hide(); languagesRequested() }
}
