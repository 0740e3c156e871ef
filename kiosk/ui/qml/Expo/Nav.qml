pragma Singleton
import QtQuick

// Screens ask for navigation here; Main.qml carries it out on its StackView.
QtObject {
    signal requested(string screen, string id)
    signal backRequested()
    signal homeRequested()

    function open(screen, id) { requested(screen, id === undefined ? "" : id) }
    function back() { backRequested() }
    function home() { homeRequested() }
}
