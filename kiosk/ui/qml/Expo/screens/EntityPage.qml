import QtQuick
import Expo

// The page of a city, an exhibitor or a project: what it is, where its booth is, and its QR code.
Item {
    id: screen
    objectName: kind + "Page"
    property string kind
    property string entityId
    property var previewData: null  // staff preview: the page with their unpublished changes
    readonly property var page: previewData !== null ? previewData
                                                     : (Show.revision, Show.lang, Show.page(kind, entityId))
    readonly property bool missing: page.missing === true
    readonly property bool portrait: height > width
    readonly property var booths: page.booths || []

    function number(value) { return value === null || value === undefined ? "" : Show.formatNumber(value) }

    property bool starred: VisitPlan.favouriteCount >= 0 && VisitPlan.isFavourite(kind, entityId)

    // The QR code and the page's controls are never scrolled away: in landscape a side column (the code above the
    // controls, or beside them when the text is too large for one column), in portrait a band across the bottom.
    readonly property int freeHeight: height - Theme.margin * 2
    readonly property bool oneColumn: !portrait && qrCard.implicitHeight + Theme.gap + controls.implicitHeight <= freeHeight
    // Portrait: the controls beside the code when they fit there, else above it across the screen.
    readonly property int besideWidth: width - Theme.margin * 2 - Theme.gap * 2 - qrCard.width
    readonly property bool besideCode: controls.naturalWidth <= besideWidth
    readonly property int controlsWidth: portrait ? (besideCode ? besideWidth : width - Theme.margin * 2)
                                                  : oneColumn ? Math.max(qrCard.width, controls.naturalWidth)
                                                              : controls.naturalWidth
    readonly property int bandHeight: !portrait || missing ? 0
                                      : besideCode ? Math.max(qrCard.height, controls.implicitHeight)
                                      : qrCard.height + Theme.gap + controls.implicitHeight
    readonly property int sideLeft: portrait || missing ? width
                                                        : controls.x

    QrCard {
        id: qrCard
        objectName: "pageQr"
        visible: !screen.missing
        x: screen.portrait && !screen.besideCode ? (screen.width - width) / 2
           : screen.oneColumn ? screen.width - Theme.margin - (screen.controlsWidth + width) / 2
           : screen.width - Theme.margin - width
        // Reach mode: the code above the controls, the controls at the bottom within reach.
        y: screen.portrait ? screen.height - Theme.margin - height
           : screen.oneColumn && Theme.reachMode ? screen.height - Theme.margin - controls.implicitHeight - Theme.gap - height
           : Theme.margin
        width: implicitWidth
        height: implicitHeight
        source: screen.page.qr || ""
        address: screen.page.qrText || ""
        usageKind: screen.kind
        usageId: screen.entityId
    }

    Column {
        id: controls
        objectName: "pageControls"
        visible: !screen.missing
        x: screen.portrait ? Theme.margin : screen.oneColumn ? screen.width - Theme.margin - width
           : screen.width - Theme.margin - qrCard.width - Theme.gap * 2 - width
        y: screen.portrait && !screen.besideCode ? qrCard.y - Theme.gap - implicitHeight
           : screen.portrait || (!screen.oneColumn && Theme.reachMode) ? screen.height - Theme.margin - implicitHeight
           : screen.oneColumn ? qrCard.y + qrCard.height + Theme.gap
           : Theme.margin
        width: screen.controlsWidth
        spacing: Theme.gap
        readonly property int naturalWidth: Math.max(Math.round(300 * Theme.scale), boothColumn.implicitWidth + Theme.gap * 3,
                                                     favouriteButton.implicitWidth, showOnMap.implicitWidth,
                                                     editEntry.visible ? editEntry.implicitWidth : 0)
        Rectangle {
            id: boothBox
            objectName: "boothBox"
            visible: screen.booths.length > 0
            width: parent.width
            height: boothColumn.implicitHeight + Theme.gap * 2
            radius: Theme.radius
            color: Theme.primary
            Row {
                id: boothColumn
                anchors.centerIn: parent
                width: Math.min(implicitWidth, parent.width - Theme.gap * 2)
                spacing: Theme.gap
                PlainText { id: boothLabel; anchors.baseline: boothCode.baseline; text: qsTr("Booth"); color: Theme.inkOnPrimary; font.pixelSize: Theme.large; wrapMode: Text.NoWrap }
                PlainText {
                    id: boothCode
                    objectName: "boothCode"
                    width: Math.min(implicitWidth, boothBox.width - Theme.gap * 3 - boothLabel.width)
                    text: screen.booths.join(", ")
                    color: Theme.inkOnPrimary
                    font.pixelSize: Theme.display
                    font.bold: true
                    fontSizeMode: Text.HorizontalFit
                    minimumPixelSize: Theme.body
                    wrapMode: Text.NoWrap
                }
            }
        }
        TouchButton {
            id: favouriteButton
            objectName: "favouriteButton"
            visible: screen.kind !== "session"
            width: parent.width
            primary: !screen.starred
            text: screen.starred ? qsTr("In my visit: remove") : qsTr("Add to my visit")
            onClicked: VisitPlan.toggleFavourite(screen.kind, screen.entityId)
        }
        TouchButton {
            id: showOnMap
            objectName: "showOnMap"
            visible: screen.booths.length > 0
            width: parent.width
            text: qsTr("Show on map")
            onClicked: Nav.open("map", screen.entityId)
        }
        TouchButton {
            id: editEntry
            objectName: "editEntry"
            visible: screen.previewData === null && screen.kind !== "session" && StaffSession.signedIn
                     && StaffSession.mayEdit(screen.kind, screen.entityId)
            width: parent.width
            text: qsTr("Edit this entry")
            onClicked: Nav.open("staffEdit", screen.kind + ":" + screen.entityId)
        }
    }

    Flickable {
        id: flick
        objectName: "pageFlick"
        anchors.left: parent.left
        anchors.top: parent.top
        anchors.bottom: parent.bottom
        anchors.right: parent.right
        anchors.leftMargin: Theme.margin
        anchors.topMargin: Theme.margin
        anchors.bottomMargin: Theme.margin + (screen.bandHeight > 0 ? screen.bandHeight + Theme.gap * 2 : 0)
        anchors.rightMargin: screen.width - screen.sideLeft + Theme.gap * 2
        contentHeight: body.implicitHeight
        clip: true
        boundsBehavior: Flickable.StopAtBounds
        // Reach mode: the page's first control starts within reach; the text above it may be scrolled up.
        readonly property real firstControl: ownerLink.visible ? ownerLink.y
                                           : projectsHeading.visible ? projectsHeading.y + projectsHeading.height
                                           : readAloud.visible ? readAloud.y : body.height
        topMargin: Math.max(0, Theme.reachTop - y - firstControl)
        onTopMarginChanged: contentY = -topMargin

        Column {
            id: body
            width: flick.width
            spacing: Theme.gap * 1.25

            PlainText {
                width: parent.width
                visible: screen.missing
                text: qsTr("This page is not available any more. Please go back or start again from Home.")
                font.pixelSize: Theme.large
            }
            Image {
                objectName: "pageLogo"
                readonly property int maxHeight: Math.round(160 * Theme.scale)
                visible: !!screen.page.logo && status !== Image.Error
                width: parent.width
                height: status === Image.Ready ? Math.min(maxHeight, implicitHeight) : maxHeight
                source: screen.page.logo ? "image://media/" + screen.page.logo : ""
                fillMode: Image.PreserveAspectFit
                horizontalAlignment: Image.AlignLeft
                asynchronous: false  // a Python image provider: loading it on Qt's reader thread can deadlock on the GIL
            }
            PlainText {
                width: parent.width
                text: screen.kind === "city" ? (screen.page.country_name || "")
                     : screen.kind === "exhibitor" ? [Labels.organisationKind(screen.page.organisation_kind), screen.page.country_name].filter(s => s).join("  ·  ")
                     : screen.kind === "session" ? (screen.page.room || "")
                     : (screen.page.focus_area || "")
                color: Theme.accent
                font.pixelSize: Theme.body
                font.bold: true
            }
            PlainText {
                objectName: "pageTitle"
                width: parent.width
                text: screen.page.name || screen.page.title || ""
                font.pixelSize: Theme.title * 1.15
                font.bold: true
                color: Theme.primaryDark
            }
            LocalName {
                objectName: "localName"
                width: parent.width
                visible: text !== ""
                name: screen.page.local_name || ""
                family: screen.page.local_font || ""
                font.pixelSize: Theme.title * 0.8
                color: Theme.textMuted
            }
            // The page's texts lack the visitor's language: said once, quietly.
            PlainText {
                objectName: "shownIn"
                width: parent.width
                visible: text !== ""
                text: !screen.page.shown_in ? "" : screen.page.shown_in === "en" ? qsTr("Shown in English")
                                                 : qsTr("Shown in %1").arg(screen.page.shown_in_name)
                font.pixelSize: Theme.small
                color: Theme.textMuted
            }
            Rectangle {
                id: ownerLink
                objectName: "ownerLink"
                visible: screen.kind === "project" && !screen.missing
                width: Math.min(parent.width, ownerText.implicitWidth + Theme.gap * 3)
                height: Theme.touch
                radius: Theme.radius
                color: ownerTap.pressed ? Theme.pressed : Theme.surface
                border.color: Theme.line
                Accessible.role: Accessible.Link
                Accessible.name: ownerText.text
                PlainText {
                    id: ownerText
                    anchors.centerIn: parent
                    text: screen.page.owner ? screen.page.owner.name + "  ›" : ""
                    color: Theme.primary
                    font.bold: true
                    wrapMode: Text.NoWrap
                }
                MouseArea {
                    id: ownerTap
                    anchors.fill: parent
                    onClicked: Nav.open(screen.page.owner.kind, screen.page.owner.id)
                }
            }

            Flow {
                width: parent.width
                spacing: Theme.gap * 2
                visible: screen.kind === "city" && !screen.missing
                FactRow { width: Math.min(body.width, 360 * Theme.scale); label: screen.page.figures_year ? qsTr("Population (%1)").arg(screen.page.figures_year) : qsTr("Population"); value: screen.number(screen.page.population) }
                FactRow { width: Math.min(body.width, 360 * Theme.scale); label: qsTr("Area (km²)"); value: screen.number(screen.page.area_km2) }
                FactRow { width: Math.min(body.width, 360 * Theme.scale); label: qsTr("People per km²"); value: screen.number(screen.page.density_per_km2) }
            }
            FactRow { width: parent.width; label: qsTr("When"); value: screen.page.when || "" }
            FactRow { width: parent.width; label: qsTr("Speakers"); value: screen.page.speakers || "" }
            FactRow { width: parent.width; label: qsTr("Vision"); value: screen.page.vision || "" }
            FactRow { width: parent.width; label: qsTr("About"); value: screen.page.profile || screen.page.description || "" }
            FactRow {
                width: parent.width
                label: screen.page.status_year ? qsTr("Status in %1").arg(screen.page.status_year) : qsTr("Status")
                value: screen.page.status || ""
            }
            FactRow { width: parent.width; label: qsTr("Focus areas"); value: (screen.page.focus_areas || []).join("  ·  ") }
            FactRow { width: parent.width; label: qsTr("Themes"); value: (screen.page.themes || []).join("  ·  ") }
            FactRow {
                width: parent.width
                label: qsTr("City representative")
                value: screen.page.chief_officer ? [screen.page.chief_officer.name, screen.page.chief_officer.title]
                                                   .filter(t => t).join(", ") : ""
            }
            FactRow { width: parent.width; label: qsTr("Website"); value: screen.page.website || "" }
            FactRow { width: parent.width; label: qsTr("Contact"); value: screen.page.contact_email || "" }
            Flow {
                objectName: "pagePhotos"
                width: parent.width
                spacing: Theme.gap
                visible: (screen.page.photos || []).length > 0
                Repeater {
                    model: screen.page.photos || []
                    delegate: Image {
                        required property string modelData
                        required property int index
                        objectName: "photo-" + index
                        height: Math.round(220 * Theme.scale)
                        width: status === Image.Ready && implicitHeight > 0
                               ? Math.min(body.width, Math.round(implicitWidth * height / implicitHeight))
                               : Math.round(height * 4 / 3)
                        source: "image://media/" + modelData
                        sourceSize.height: height  // thumbnails: the provider scales the photo down
                        fillMode: Image.PreserveAspectFit
                        asynchronous: false  // a Python image provider: loading it on Qt's reader thread can deadlock on the GIL
                    }
                }
            }

            PlainText {
                id: projectsHeading
                width: parent.width
                visible: (screen.page.projects || []).length > 0
                text: qsTr("Projects")
                font.pixelSize: Theme.large
                font.bold: true
                color: Theme.primary
            }
            Repeater {
                model: screen.page.projects || []
                delegate: ListRow {
                    required property var modelData
                    objectName: "related-" + modelData.id
                    width: body.width
                    title: modelData.title
                    subtitle: modelData.focus_area
                    marker: Theme.accent
                    onTapped: Nav.open("project", modelData.id)
                }
            }
            TouchButton {
                id: readAloud
                objectName: "readAloud"
                visible: Speech.available && Speech.speaks(Show.lang) && !screen.missing
                text: qsTr("Read aloud")
                onClicked: Speech.say([screen.page.name || screen.page.title || "", screen.page.vision || "",
                                       screen.page.profile || screen.page.description || "", screen.page.status || ""]
                                      .filter(t => t !== "").join(". "), Show.lang)
            }
        }
    }
}
