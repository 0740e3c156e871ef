import QtQuick
import Expo

// A sideways-flicking row of filter chips; the first chip clears the filter.
ListView {
    id: row
    property string allLabel: qsTr("All")
    property string selectedId: ""
    property string idRole: "id"
    property string labelRole: "name"
    property string namePrefix: "chip"
    signal chosen(string id)
    orientation: ListView.Horizontal
    spacing: Theme.gap * 0.75
    implicitHeight: headerItem !== null ? headerItem.height : Theme.touch
    clip: true
    boundsBehavior: Flickable.StopAtBounds
    header: Item {
        width: allChip.width + Theme.gap * 0.75
        height: allChip.height
        // A new language or text size makes the first chip wider: keep it whole in view.
        onWidthChanged: Qt.callLater(row.positionViewAtBeginning)
        Chip {
            id: allChip
            objectName: row.namePrefix + "-all"
            text: row.allLabel
            selected: row.selectedId === ""
            onClicked: row.chosen("")
        }
    }
    delegate: Chip {
        required property var model
        objectName: row.namePrefix + "-" + model[row.idRole]
        text: model[row.labelRole]
        selected: row.selectedId === model[row.idRole]
        onClicked: row.chosen(model[row.idRole])
    }
}
