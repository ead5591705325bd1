; Inno Setup script for Zorgmap on Windows: installs the one-folder bundle (dist\zorgmap,
; made by `pyinstaller packaging\zorgmap.spec` on Windows) for the current user.
;
;   iscc /DAppVersion=0.1.0 /DSourceDir=..\..\dist\zorgmap packaging\windows\zorgmap.iss
;
; Choices for families:
; - installs for the current user, no administrator needed (a parent's own account);
;   "Voor alle gebruikers" is offered when they do have admin rights;
; - Dutch set-up screens (English when Windows is in English);
; - a Start-menu entry, a desktop icon only when asked;
; - the uninstaller removes the program and nothing else: the dossier (in the user's
;   Zorgmap folder or wherever the family put it), its backups, the settings and the error
;   log all stay. docs/install.md tells families how to remove those themselves.
;
; NOT RUN YET: written on Linux; the release workflow (windows job) is its first test.

#ifndef AppVersion
  #define AppVersion "0.0.0"
#endif
#ifndef SourceDir
  #define SourceDir "..\..\dist\zorgmap"
#endif
#ifndef OutputDir
  #define OutputDir "..\..\dist"
#endif

[Setup]
; A fixed id: Windows recognises updates and the uninstaller by it. Never change it.
AppId={{6E3B7E2A-5C1D-4D59-9B8E-2F0A6C4D1E77}
AppName=Zorgmap
AppVersion={#AppVersion}
AppVerName=Zorgmap {#AppVersion}
AppPublisher=Zorgmap
AppComments=Het versleutelde zorgdossier voor gezinnen van een kind met ZEVMB.
DefaultDirName={autopf}\Zorgmap
DefaultGroupName=Zorgmap
DisableProgramGroupPage=yes
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0
OutputDir={#OutputDir}
OutputBaseFilename=Zorgmap-{#AppVersion}-Windows-installatie
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
UninstallDisplayName=Zorgmap
UninstallDisplayIcon={app}\Zorgmap.exe
; Closing a running Zorgmap before an update: the app saves as it goes, so this is safe.
CloseApplications=yes
RestartApplications=no
LicenseFile=license-nl.txt
; Signing (when the release workflow has a certificate): iscc /Ssigntool="signtool sign ..."
#ifdef SignTool
SignTool=signtool
SignedUninstaller=yes
#endif

[Languages]
Name: "nl"; MessagesFile: "compiler:Languages\Dutch.isl"
Name: "en"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
Source: "{#SourceDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[InstallDelete]
; An update replaces the whole program folder (old Qt plugins must not linger). Only {app}.
Type: filesandordirs; Name: "{app}\_internal"

[Icons]
Name: "{autoprograms}\Zorgmap"; Filename: "{app}\Zorgmap.exe"; Comment: "Het zorgdossier openen"
Name: "{autodesktop}\Zorgmap"; Filename: "{app}\Zorgmap.exe"; Tasks: desktopicon

[Run]
Filename: "{app}\Zorgmap.exe"; Description: "{cm:LaunchProgram,Zorgmap}"; Flags: nowait postinstall skipifsilent

; No [UninstallDelete] on purpose: the uninstaller removes only what it installed.
; The dossier, backups, settings (HKCU\Software\Zorgmap) and error log stay.
