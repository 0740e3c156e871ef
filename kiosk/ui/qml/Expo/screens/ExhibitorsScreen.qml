import QtQuick
import Expo

Item {
    id: screen
    objectName: "exhibitorsScreen"
    property string kind
    property string entityId
    property string orgKind: ""
    property string country: ""
    function apply() { Browse.filterExhibitors(orgKind, country) }
    Component.onCompleted: apply()

    ListModel {
        id: kinds
        ListElement { key: "exhibitor" }
        ListElement { key: "partner_delegation" }
        ListElement { key: "organiser" }
    }
    TouchButton {
        id: listSearch
        objectName: "listSearch"
        anchors.top: parent.top
        anchors.right: parent.right
        anchors.margins: Theme.margin
        text: qsTr("Search")
        onClicked: Nav.open("search")
    }

    Column {
        id: top
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.top: parent.top
        anchors.margins: Theme.margin
        spacing: Theme.gap
        ScreenHeader {
            width: parent.width - listSearch.width - Theme.gap
            title: qsTr("Exhibitors")
            subtitle: qsTr("%n organisation(s), A to Z", "", Browse.exhibitors.count)
        }
        Flow {
            width: parent.width
            spacing: Theme.gap * 0.75
            Chip { objectName: "kind-all"; text: qsTr("Everyone"); selected: screen.orgKind === ""; onClicked: { screen.orgKind = ""; screen.apply() } }
            Repeater {
                model: kinds
                delegate: Chip {
                    required property string key
                    objectName: "kind-" + key
                    text: Labels.organisationKinds(key)
                    selected: screen.orgKind === key
                    onClicked: { screen.orgKind = key; screen.apply() }
                }
            }
        }
        ChipRow {
            objectName: "countryChips"
            width: parent.width
            namePrefix: "country"
            allLabel: qsTr("All countries")
            model: Browse.countries
            selectedId: screen.country
            onChosen: (id) => { screen.country = id; screen.apply() }
        }
    }

    ListView {
        id: list
        objectName: "exhibitorList"
        anchors.left: parent.left
        anchors.right: letters.left
        anchors.top: top.bottom
        anchors.bottom: parent.bottom
        anchors.margins: Theme.margin
        clip: true
        spacing: Theme.gap * 0.75
        reuseItems: true
        model: Browse.exhibitors
        section.property: "letter"
        section.delegate: SectionLabel {
            required property string section
            text: section
        }
        delegate: ListRow {
            required property var model
            objectName: "exhibitor-" + model.id
            width: ListView.view.width
            title: model.name
            subtitle: [Labels.organisationKind(model.kind), model.country_name].filter(s => s !== "").join("  ·  ")
            badge: model.booth_code
            marker: model.kind === "exhibitor" ? Theme.areaColors[1] : model.kind === "organiser" ? Theme.accent : Theme.primary
            onTapped: Nav.open("exhibitor", model.id)
        }
        PlainText {
            anchors.centerIn: parent
            visible: list.count === 0
            text: qsTr("No one matches these filters.")
            color: Theme.textMuted
        }
    }

    // The letter index: tap a letter to jump there.
    ListView {
        id: letters
        objectName: "letterIndex"
        anchors.right: parent.right
        anchors.top: top.bottom
        anchors.bottom: parent.bottom
        anchors.margins: Theme.margin
        width: Theme.touch
        clip: true
        interactive: contentHeight > height
        model: Browse.exhibitorLetters
        delegate: Rectangle {
            required property var modelData
            objectName: "letter-" + modelData.letter
            width: Theme.touch
            height: Theme.touch
            radius: width / 2
            color: letterTap.pressed ? Theme.pressed : "transparent"
            Accessible.role: Accessible.Button
            Accessible.name: modelData.letter
            PlainText {
                anchors.centerIn: parent
                text: parent.modelData.letter
                font.pixelSize: Theme.large
                font.bold: true
                color: Theme.primary
            }
            MouseArea {
                id: letterTap
                anchors.fill: parent
                onClicked: list.positionViewAtIndex(parent.modelData.row, ListView.Beginning)
            }
        }
    }
}
