import Foundation
import Testing

@testable import FuKit

/// Opening a vault applies its settings once, for every command: what `load` gives is what
/// every listing sees.
@Suite struct WorkspaceTests {
  static let files = [
    ".fu/config.yml": "cadence_by_tag:\n  investor: 2w\ngrace: 3d\n",
    "ada.md": "---\nname: Ada Lovelace\ntags: [investor]\nlast_contact: 2026-11-01\n---\n",
    "ken.md": "---\nname: Ken Thompson\ncadence: 1m\nlast_contact: 2026-11-01\n---\n",
    "bad.md": "---\nname: Bad\nnext_follow_up: 2026-13-01\n---\n",
  ]

  @Test func theVaultsSettingsAreAppliedWhenItLoads() throws {
    let vault = try TestVault("workspace", files: Self.files)
    defer { vault.remove() }
    let workspace = try vault.workspace()
    #expect(workspace.settings.grace == Cadence(count: 3, unit: .day))
    let contacts = workspace.load().contacts.sorted { $0.path < $1.path }
    // Ada's cadence comes from her tag; Ken keeps his own.
    #expect(
      contacts.map(\.cadence?.description) == [
        "2w", nil, "1m",
      ])
    // The file's problem was told, with its path as the user can open it.
    #expect(vault.log.warnings.count == 1)
    #expect(vault.log.warnings.first?.contains("bad.md:3:") == true)
  }

  @Test func theAgendaUsesTheTagCadenceAndSaysWhichTagNobodyHas() throws {
    let vault = try TestVault("workspace-agenda", files: Self.files)
    defer { vault.remove() }
    let workspace = try vault.workspace(today: day(2026, 11, 15))
    let agenda = workspace.agenda(days: 7, tags: [])
    #expect(agenda.rows.map(\.contact.name) == ["Ada Lovelace"])
    _ = workspace.agenda(days: 7, tags: ["invstor"])
    #expect(vault.log.warnings.last == "no contact has the tag invstor")
  }

  @Test func aBadFUTodayIsAnErrorNamingIt() throws {
    let vault = try TestVault("workspace-today", files: [:])
    defer { vault.remove() }
    #expect(throws: FuError.self) {
      try Workspace.open(
        Workspace.Options(vault: vault.folder.path, environment: ["FU_TODAY": "someday"]))
    }
    let workspace = try Workspace.open(
      Workspace.Options(vault: vault.folder.path, environment: ["FU_TODAY": "2026-01-02"]))
    #expect(workspace.today == day(2026, 1, 2))
  }

  @Test func theIndexInsideTheVaultIsLeftToTheVaultsModes() throws {
    let vault = try TestVault("workspace-index", files: Self.files)
    defer { vault.remove() }
    let workspace = try vault.workspace()
    #expect(workspace.index?.path == vault.folder.path + "/.fu/cache/index")
    #expect(workspace.index?.isPrivate == false)
    #expect(try vault.workspace(index: false).index == nil)
  }

  @Test func theCardCarriesTheTagItsCadenceCameFrom() throws {
    let vault = try TestVault("workspace-card", files: Self.files)
    defer { vault.remove() }
    let workspace = try vault.workspace()
    let card = workspace.card(of: try workspace.file(named: "ada"))
    #expect(card.cadenceTag == "investor")
    #expect(card.contact.cadence == Cadence(count: 2, unit: .week))
  }
}
