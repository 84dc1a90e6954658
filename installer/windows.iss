; Inno Setup 6.3+ script: the Windows installer for the PyInstaller bundle in dist\cpmeeting.
;   iscc /DAppVersion=0.1.0 installer\windows.iss     ->  dist\cpmeeting-0.1.0-setup.exe
; Build the bundle first (installer\README.md). Installs per user by default (no administrator
; needed), or for all users if the person installing chooses so. The encrypted archive lives in
; %LOCALAPPDATA%\cpmeeting and is never touched by installing, upgrading or uninstalling.

#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif

[Setup]
; The AppId identifies the program across upgrades: never change it.
AppId={{06014D43-CDA0-434B-926B-C82C1BFD2F9A}
AppName=cpmeeting
AppVersion={#AppVersion}
AppVerName=cpmeeting {#AppVersion}
AppPublisher=cpmeeting
DefaultDirName={autopf}\cpmeeting
DefaultGroupName=cpmeeting
DisableProgramGroupPage=yes
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0
WizardStyle=modern
Compression=lzma2/max
SolidCompression=yes
OutputDir=..\dist
OutputBaseFilename=cpmeeting-{#AppVersion}-setup
UninstallDisplayIcon={app}\cpmeeting.exe
CloseApplications=yes

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[InstallDelete]
; An upgrade replaces the whole bundle, so no library from an older version lingers.
Type: filesandordirs; Name: "{app}\_internal"

[Files]
Source: "..\dist\cpmeeting\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{group}\cpmeeting"; Filename: "{app}\cpmeeting.exe"
Name: "{autodesktop}\cpmeeting"; Filename: "{app}\cpmeeting.exe"; Tasks: desktopicon

[Run]
Filename: "{app}\cpmeeting.exe"; Description: "{cm:LaunchProgram,cpmeeting}"; Flags: nowait postinstall skipifsilent
