; Inno Setup script: a Windows installer around the folder scripts/bundle.py builds
; (dist\hostdesk). Run by .github/workflows/bundle.yml on a Windows runner:
;   iscc /DAppVersion=0.1.0 packaging\windows\hostdesk.iss
; NOT TRIED: written without a Windows machine (see docs/install.md).

#ifndef AppVersion
  #define AppVersion "0.0.0"
#endif

[Setup]
AppId={{6E4F3C2A-8B1D-4E57-9A0C-2F7D5B1E9C34}
AppName=HostDesk
AppVersion={#AppVersion}
AppPublisher=HostDesk
DefaultDirName={autopf}\HostDesk
DefaultGroupName=HostDesk
; A social worker's laptop often has no administrator rights: per-user install allowed.
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
OutputDir=..\..\dist
OutputBaseFilename=hostdesk-{#AppVersion}-windows-setup
Compression=lzma2
SolidCompression=yes
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
UninstallDisplayIcon={app}\HostDeskApp.exe

[Languages]
Name: "pt"; MessagesFile: "compiler:Languages\Portuguese.isl"
Name: "en"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"

[Files]
Source: "..\..\dist\hostdesk\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{group}\HostDesk"; Filename: "{app}\HostDeskApp.exe"
Name: "{autodesktop}\HostDesk"; Filename: "{app}\HostDeskApp.exe"; Tasks: desktopicon

[Run]
Filename: "{app}\HostDeskApp.exe"; Description: "{cm:LaunchProgram,HostDesk}"; Flags: nowait postinstall skipifsilent
