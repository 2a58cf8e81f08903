; Inno Setup 6 script: packs the PyInstaller folder dist\bizcenter into one setup program.
; Build on Windows (see installer/README.md):  iscc /DAppVersion=0.1.0 installer\bizcenter.iss
; Installs per machine into Program Files; the database, settings (station.json) and backups stay in
; each user's %LOCALAPPDATA%\bizcenter\bizcenter, so an upgrade or an uninstall never touches them.

#ifndef AppVersion
  #define AppVersion "0.0.0"
#endif

[Setup]
AppId={{6C1F0E2B-58F4-4B77-9B0E-0B1C2A7D4E91}
AppName=Business Centre 商务中心收银
AppVersion={#AppVersion}
AppPublisher=bizcenter
DefaultDirName={autopf}\bizcenter
DefaultGroupName=Business Centre 商务中心
DisableProgramGroupPage=yes
OutputDir=..\dist
OutputBaseFilename=bizcenter-setup-{#AppVersion}
SetupIconFile=..\resources\icons\bizcenter.ico
UninstallDisplayIcon={app}\bizcenter-app.exe
Compression=lzma2/max
SolidCompression=yes
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
PrivilegesRequired=admin
; an upgrade replaces the program folder only: close a running app first
CloseApplications=yes
RestartApplications=no

[Languages]
Name: "en"; MessagesFile: "compiler:Default.isl"
Name: "zh"; MessagesFile: "compiler:Languages\ChineseSimplified.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"

[Files]
; the whole one-folder bundle; old files of a previous version are removed first (see [InstallDelete])
Source: "..\dist\bizcenter\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[InstallDelete]
Type: filesandordirs; Name: "{app}\_internal"

[Icons]
Name: "{group}\Business Centre 商务中心收银"; Filename: "{app}\bizcenter-app.exe"
Name: "{group}\Command prompt (bizcenter backup, restore, verify)"; Filename: "{cmd}"; Parameters: "/k cd /d ""{app}"" && bizcenter --help"
Name: "{autodesktop}\Business Centre 商务中心收银"; Filename: "{app}\bizcenter-app.exe"; Tasks: desktopicon

[Run]
Filename: "{app}\bizcenter-app.exe"; Description: "{cm:LaunchProgram,Business Centre}"; Flags: nowait postinstall skipifsilent
