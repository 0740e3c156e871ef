pragma Singleton
import QtQuick

// Names of kinds and result types, shared by every screen that shows them.
QtObject {
    function organisationKind(key) {
        if (key === "exhibitor") return qsTr("Exhibitor")
        if (key === "partner_delegation") return qsTr("Partner delegation")
        if (key === "organiser") return qsTr("Organiser")
        if (key === "city_pavilion") return qsTr("City pavilion")
        return ""
    }
    function organisationKinds(key) {
        if (key === "exhibitor") return qsTr("Exhibitors")
        if (key === "partner_delegation") return qsTr("Partner delegations")
        if (key === "organiser") return qsTr("Organisers")
        if (key === "city_pavilion") return qsTr("City pavilions")
        return ""
    }
    function resultType(type) {
        if (type === "city") return qsTr("Cities")
        if (type === "exhibitor") return qsTr("Exhibitors")
        if (type === "project") return qsTr("Projects")
        if (type === "session") return qsTr("Programme")
        return ""
    }
    function feature(kind) {
        if (kind === "entrance") return qsTr("Entrance")
        if (kind === "stage") return qsTr("Stage")
        if (kind === "registration") return qsTr("Registration")
        if (kind === "information") return qsTr("Information")
        if (kind === "toilet") return qsTr("Toilets")
        if (kind === "lift") return qsTr("Lift")
        if (kind === "stairs") return qsTr("Stairs")
        return ""
    }
    // What a colour on the map stands for (countries are named by the legend itself).
    function mapKind(kind) {
        if (kind === "exhibitor" || kind === "city_pavilion") return qsTr("Exhibitor")
        if (kind === "partner_delegation") return qsTr("Partner delegation")
        if (kind === "organiser") return qsTr("Organiser")
        return feature(kind)
    }
}
