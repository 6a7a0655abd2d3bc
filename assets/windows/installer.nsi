; Installer of Dân vận khéo for Windows (64-bit), built by .ci/windows with
; Debian's makensis:
;
;   makensis -DVERSION=1.0.0 -DFILEVERSION=1.0.0.8 -DFULLVERSION=1.0.0.8-b3559f7 \
;            -DSRCDIR=dist/windows -DASSETS=assets/windows -DICON=…/DanVanKheo.ico \
;            -DOUTFILE=dist/DanVanKheo-1.0.0.8-setup.exe [-DSIGN=…/sign] installer.nsi
;
; Per user, without administrator rights ($LOCALAPPDATA\Programs\DanVanKheo,
; HKCU), or for all users (Program Files, HKLM): a standard user installs for
; himself without being asked; an administrator is asked by Windows and then
; chooses. Silent: Setup.exe /S /CurrentUser or /S /AllUsers [/D=FOLDER].
;
; The uninstaller removes only what the installer put there: the program
; files by name, the shortcuts and the registry keys. It never touches
; archives (.dvk), backups (%LOCALAPPDATA%\DanVanKheo\SaoLuu), the demo
; archive or the settings, and leaves the program folder in place when
; anything else is in it.

Unicode true
Target amd64-unicode
SetCompressor /SOLID lzma
ManifestDPIAware true
ManifestSupportedOS all

!ifndef VERSION | FILEVERSION | FULLVERSION | SRCDIR | ASSETS | ICON | OUTFILE
  !error "Thiếu -DVERSION, -DFILEVERSION, -DFULLVERSION, -DSRCDIR, -DASSETS, -DICON hoặc -DOUTFILE (xem .ci/windows)"
!endif

!define APPNAME     "Dân vận khéo"
!define APPKEY      "DanVanKheo"
!define EXE         "DanVanKheo.exe"
!define UNEXE       "GoCaiDat.exe"
!define PROGID      "DanVanKheo.Archive"
!define PUBLISHER   "The Dân vận khéo authors"
!define WEBSITE     "https://github.com/danvankheo/danvankheo"
!define UNINSTKEY   "Software\Microsoft\Windows\CurrentVersion\Uninstall\${APPKEY}"
!define SETTINGSKEY "Software\${APPKEY}"

Name "${APPNAME}"
Caption "Cài đặt ${APPNAME} ${VERSION}"
UninstallCaption "Gỡ cài đặt ${APPNAME}"
BrandingText "${APPNAME} ${FULLVERSION}"
OutFile "${OUTFILE}"

; Signing the uninstaller as makensis writes it (NSIS 3.08); the installer
; itself is signed by .ci/windows afterwards.
!ifdef SIGN
  !uninstfinalize '"${SIGN}" "%1"' = 0
!endif

; Per-user or all-users installation (Include/MultiUser.nsh).
!define MULTIUSER_EXECUTIONLEVEL Highest
!define MULTIUSER_MUI
!define MULTIUSER_INSTALLMODE_COMMANDLINE
!define MULTIUSER_USE_PROGRAMFILES64
!define MULTIUSER_INSTALLMODE_INSTDIR "${APPKEY}"
!define MULTIUSER_INSTALLMODE_INSTDIR_REGISTRY_KEY "${SETTINGSKEY}"
!define MULTIUSER_INSTALLMODE_INSTDIR_REGISTRY_VALUENAME "InstallDir"
!define MULTIUSER_INSTALLMODE_DEFAULT_REGISTRY_KEY "${SETTINGSKEY}"
!define MULTIUSER_INSTALLMODE_DEFAULT_REGISTRY_VALUENAME "InstallDir"
!define MULTIUSER_INSTALLMODEPAGE_SHOWUSERNAME
!define MULTIUSER_INIT_TEXT_ADMINREQUIRED "Cần quyền quản trị để cài ${APPNAME}."
!define MULTIUSER_INIT_TEXT_POWERREQUIRED "Cần quyền quản trị để cài ${APPNAME}."
!define MULTIUSER_INIT_TEXT_ALLUSERSNOTPOSSIBLE "Tài khoản này không có quyền cài ${APPNAME} cho mọi người dùng của máy. Hãy cài cho riêng mình (bỏ /AllUsers) hoặc nhờ người quản trị."
!include MultiUser.nsh
!include MUI2.nsh
!include LogicLib.nsh
!include FileFunc.nsh
!include x64.nsh

!define MUI_ICON   "${ICON}"
!define MUI_UNICON "${ICON}"
!define MUI_ABORTWARNING
!define MUI_ABORTWARNING_TEXT "Dừng cài đặt ${APPNAME}?"

!define MUI_WELCOMEPAGE_TITLE "Cài đặt ${APPNAME} ${VERSION}"
!define MUI_WELCOMEPAGE_TEXT "Chương trình quản lý phong trào thi đua “Dân vận khéo”: đăng ký, theo dõi mô hình, điển hình; công nhận, chấm điểm; khen thưởng; in báo cáo.$\r$\n$\r$\nDữ liệu (tệp kho .dvk) và các bản sao lưu không nằm trong thư mục chương trình; cài lại hay gỡ chương trình không động đến chúng.$\r$\n$\r$\n$_CLICK"
!insertmacro MUI_PAGE_WELCOME
!insertmacro MULTIUSER_PAGE_INSTALLMODE
!insertmacro MUI_PAGE_DIRECTORY
!insertmacro MUI_PAGE_INSTFILES
!define MUI_FINISHPAGE_RUN
!define MUI_FINISHPAGE_RUN_TEXT "Mở ${APPNAME} ngay"
!define MUI_FINISHPAGE_RUN_FUNCTION RunProgram
!define MUI_FINISHPAGE_SHOWREADME "$INSTDIR\HUONG-DAN.txt"
!define MUI_FINISHPAGE_SHOWREADME_TEXT "Đọc hướng dẫn"
!define MUI_FINISHPAGE_SHOWREADME_NOTCHECKED
!insertmacro MUI_PAGE_FINISH

!define MUI_UNCONFIRMPAGE_TEXT_TOP "Chương trình sẽ được gỡ khỏi máy. Các tệp kho dữ liệu (.dvk), bản sao lưu và cài đặt của người dùng vẫn được giữ nguyên."
!insertmacro MUI_UNPAGE_CONFIRM
!insertmacro MUI_UNPAGE_INSTFILES

!insertmacro MUI_LANGUAGE "Vietnamese"

VIProductVersion "${FILEVERSION}"
VIFileVersion "${FILEVERSION}"
VIAddVersionKey /LANG=${LANG_VIETNAMESE} "ProductName" "${APPNAME}"
VIAddVersionKey /LANG=${LANG_VIETNAMESE} "ProductVersion" "${FULLVERSION}"
VIAddVersionKey /LANG=${LANG_VIETNAMESE} "FileVersion" "${FILEVERSION}"
VIAddVersionKey /LANG=${LANG_VIETNAMESE} "FileDescription" "Cài đặt ${APPNAME} – quản lý phong trào thi đua"
VIAddVersionKey /LANG=${LANG_VIETNAMESE} "CompanyName" "${PUBLISHER}"
VIAddVersionKey /LANG=${LANG_VIETNAMESE} "LegalCopyright" "© ${PUBLISHER}, giấy phép MIT"
VIAddVersionKey /LANG=${LANG_VIETNAMESE} "OriginalFilename" "DanVanKheo-${FILEVERSION}-setup.exe"

Function .onInit
  ${IfNot} ${RunningX64}
    MessageBox MB_OK|MB_ICONSTOP "${APPNAME} cần Windows 64 bit."
    Abort
  ${EndIf}
  SetRegView 64
  !insertmacro MULTIUSER_INIT
FunctionEnd

Function un.onInit
  SetRegView 64
  !insertmacro MULTIUSER_UNINIT
FunctionEnd

; Opens the program through Explorer, so it runs with the user's own rights
; even when the installer was elevated.
Function RunProgram
  Exec '"$WINDIR\explorer.exe" "$INSTDIR\${EXE}"'
FunctionEnd

Section "${APPNAME}" SecMain
  SectionIn RO
  SetOutPath "$INSTDIR"
  File "${SRCDIR}\${EXE}"
  File "${SRCDIR}\dvk.exe"
  File "${SRCDIR}\HUONG-DAN.txt"
  File "${SRCDIR}\LICENSE.txt"
  File "${SRCDIR}\LICENSE-LiberationSerif.txt"
  WriteUninstaller "$INSTDIR\${UNEXE}"

  ; Start menu and desktop: SetShellVarContext (set by MultiUser) makes
  ; them the user's own or everybody's.
  CreateShortCut "$SMPROGRAMS\${APPNAME}.lnk" "$INSTDIR\${EXE}" "" "$INSTDIR\${EXE}" 0 SW_SHOWNORMAL "" "Quản lý phong trào thi đua Dân vận khéo"
  CreateShortCut "$DESKTOP\${APPNAME}.lnk" "$INSTDIR\${EXE}" "" "$INSTDIR\${EXE}" 0 SW_SHOWNORMAL "" "Quản lý phong trào thi đua Dân vận khéo"

  ; .dvk archives open in the program by double-click. SHCTX is HKCU for a
  ; per-user installation, HKLM for all users.
  WriteRegStr SHCTX "Software\Classes\.dvk" "" "${PROGID}"
  WriteRegStr SHCTX "Software\Classes\.dvk" "Content Type" "application/x-danvankheo"
  WriteRegStr SHCTX "Software\Classes\.dvk\OpenWithProgids" "${PROGID}" ""
  WriteRegStr SHCTX "Software\Classes\${PROGID}" "" "Kho dữ liệu Dân vận khéo"
  WriteRegStr SHCTX "Software\Classes\${PROGID}" "FriendlyTypeName" "Kho dữ liệu Dân vận khéo"
  WriteRegStr SHCTX "Software\Classes\${PROGID}\DefaultIcon" "" '"$INSTDIR\${EXE}",0'
  WriteRegStr SHCTX "Software\Classes\${PROGID}\shell" "" "open"
  WriteRegStr SHCTX "Software\Classes\${PROGID}\shell\open" "" "Mở bằng ${APPNAME}"
  WriteRegStr SHCTX "Software\Classes\${PROGID}\shell\open\command" "" '"$INSTDIR\${EXE}" "%1"'
  WriteRegStr SHCTX "Software\Classes\Applications\${EXE}" "FriendlyAppName" "${APPNAME}"
  WriteRegStr SHCTX "Software\Classes\Applications\${EXE}\SupportedTypes" ".dvk" ""
  WriteRegStr SHCTX "Software\Classes\Applications\${EXE}\shell\open\command" "" '"$INSTDIR\${EXE}" "%1"'
  System::Call 'shell32::SHChangeNotify(i 0x08000000, i 0, p 0, p 0)' ; SHCNE_ASSOCCHANGED

  ; Where it is installed (read back by MultiUser on upgrade) and the entry
  ; in Settings › Apps / Programs and Features.
  WriteRegStr SHCTX "${SETTINGSKEY}" "InstallDir" "$INSTDIR"
  WriteRegStr SHCTX "${SETTINGSKEY}" "InstallMode" "$MultiUser.InstallMode"
  WriteRegStr SHCTX "${SETTINGSKEY}" "Version" "${FULLVERSION}"
  WriteRegStr SHCTX "${UNINSTKEY}" "DisplayName" "${APPNAME}"
  WriteRegStr SHCTX "${UNINSTKEY}" "DisplayVersion" "${FILEVERSION}"
  WriteRegStr SHCTX "${UNINSTKEY}" "DisplayIcon" '"$INSTDIR\${EXE}",0'
  WriteRegStr SHCTX "${UNINSTKEY}" "Publisher" "${PUBLISHER}"
  WriteRegStr SHCTX "${UNINSTKEY}" "URLInfoAbout" "${WEBSITE}"
  WriteRegStr SHCTX "${UNINSTKEY}" "InstallLocation" "$INSTDIR"
  WriteRegStr SHCTX "${UNINSTKEY}" "UninstallString" '"$INSTDIR\${UNEXE}" /$MultiUser.InstallMode'
  WriteRegStr SHCTX "${UNINSTKEY}" "QuietUninstallString" '"$INSTDIR\${UNEXE}" /$MultiUser.InstallMode /S'
  WriteRegDWORD SHCTX "${UNINSTKEY}" "NoModify" 1
  WriteRegDWORD SHCTX "${UNINSTKEY}" "NoRepair" 1
  ${GetSize} "$INSTDIR" "/S=0K" $0 $1 $2
  IntFmt $0 "0x%08X" $0
  WriteRegDWORD SHCTX "${UNINSTKEY}" "EstimatedSize" "$0"
SectionEnd

Section "Uninstall"
  ; Only the files the installer wrote, by name: never a folder recursively,
  ; so an archive or a backup someone saved here survives.
  Delete "$INSTDIR\${EXE}"
  Delete "$INSTDIR\dvk.exe"
  Delete "$INSTDIR\HUONG-DAN.txt"
  Delete "$INSTDIR\LICENSE.txt"
  Delete "$INSTDIR\LICENSE-LiberationSerif.txt"
  Delete "$INSTDIR\${UNEXE}"
  RMDir "$INSTDIR" ; only when empty

  Delete "$SMPROGRAMS\${APPNAME}.lnk"
  Delete "$DESKTOP\${APPNAME}.lnk"

  ; The association, only where it is still ours.
  ReadRegStr $0 SHCTX "Software\Classes\.dvk" ""
  ${If} $0 == "${PROGID}"
    DeleteRegValue SHCTX "Software\Classes\.dvk" ""
    DeleteRegValue SHCTX "Software\Classes\.dvk" "Content Type"
  ${EndIf}
  DeleteRegValue SHCTX "Software\Classes\.dvk\OpenWithProgids" "${PROGID}"
  DeleteRegKey /ifempty SHCTX "Software\Classes\.dvk\OpenWithProgids"
  DeleteRegKey /ifempty SHCTX "Software\Classes\.dvk"
  DeleteRegKey SHCTX "Software\Classes\${PROGID}"
  DeleteRegKey SHCTX "Software\Classes\Applications\${EXE}"
  System::Call 'shell32::SHChangeNotify(i 0x08000000, i 0, p 0, p 0)'

  DeleteRegKey SHCTX "${UNINSTKEY}"
  DeleteRegKey SHCTX "${SETTINGSKEY}"
SectionEnd
