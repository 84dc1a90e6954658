; Inno Setup 6.3+ script: the Windows installer for the PyInstaller bundle in dist\cpmeeting.
;   iscc /DAppVersion=0.1.0 installer\windows.iss     ->  dist\cpmeeting-0.1.0-setup.exe
; Build the bundle first (installer\README.md). Installs for the current user only, in
; %LOCALAPPDATA%\Programs\cpmeeting (no administrator needed, as on a managed council laptop).
; The encrypted archive lives in %LOCALAPPDATA%\cpmeeting: installing and upgrading never touch
; it, and uninstalling leaves it unless the person uninstalling asks for it to go too.
; A silent uninstall (/VERYSILENT, as software deployment tools run it) always keeps it.
; Untested here: it is built and tried by .github/workflows/windows.yml on a Windows runner.

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
DefaultDirName={userpf}\cpmeeting
DefaultGroupName=cpmeeting
DisableProgramGroupPage=yes
PrivilegesRequired=lowest
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

[UninstallDelete]
; Whatever the program itself left beside its files (not the archive: that is in the data folder).
Type: filesandordirs; Name: "{app}"

[CustomMessages]
english.RemoveArchive=Also remove the encrypted archive of conferences, the signing keys and the settings in%n%n%1%n%nChoose No to keep them (the usual choice: a reinstall finds them again). Removing them cannot be undone.

[Code]
// The archive stays unless the person uninstalling says Yes; a silent uninstall keeps it.
procedure CurUninstallStepChanged(CurUninstallStep: TUninstallStep);
var
  DataFolder: String;
begin
  if CurUninstallStep = usPostUninstall then
  begin
    DataFolder := ExpandConstant('{localappdata}\cpmeeting');
    if DirExists(DataFolder) and not UninstallSilent() then
      if SuppressibleMsgBox(FmtMessage(CustomMessage('RemoveArchive'), [DataFolder]),
                            mbConfirmation, MB_YESNO or MB_DEFBUTTON2, IDNO) = IDYES then
        DelTree(DataFolder, True, True, True);
  end;
end;
