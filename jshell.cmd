@echo off
rem Opens JShell with ccmkit loaded: jshell.cmd [jshell options]
rem
rem The Windows twin of ./jshell: builds the library first when it is missing or older than its sources or POMs (with
rem the Maven Wrapper; tests are not compiled), computes the class path (the four modules, their sources jars for
rem Shift-Tab documentation, the dependencies the build resolved) and starts jshell with the start-up script. The
rem jshell JVM keeps a class-data-sharing archive in ccm-examples\target\jshell\, written when the first session ends.
setlocal enabledelayedexpansion
set "ROOT=%~dp0"
set "ROOT=%ROOT:~0,-1%"
set "WORK=%ROOT%\ccm-examples\target\jshell"
set "DEPS=%WORK%\dependencies.classpath"
set "MODULES=ccm-model ccm-indicators ccm-io ccm-examples"

set "STALE="
if not exist "%DEPS%" set "STALE=1"
for %%m in (%MODULES%) do (
  if not exist "%ROOT%\%%m\target\classes" set "STALE=1"
  if not exist "%ROOT%\%%m\target\%%m-*-sources.jar" set "STALE=1"
)
if not defined STALE (
  powershell -NoProfile -NonInteractive -Command ^
    "$t = (Get-Item -LiteralPath '%DEPS%').LastWriteTime;" ^
    "$s = @(Get-Item -LiteralPath '%ROOT%\pom.xml') + @(Get-ChildItem -Path '%ROOT%' -Filter pom.xml -Recurse -Depth 1) + @(Get-ChildItem -Path '%ROOT%\ccm-*\src\main' -Recurse -File);" ^
    "if ($s | Where-Object { $_.LastWriteTime -gt $t } | Select-Object -First 1) { exit 1 } else { exit 0 }"
  if errorlevel 1 set "STALE=1"
)
if defined STALE (
  echo ccmkit: building the library for JShell ^(mvnw package, tests not compiled^) ... 1>&2
  call "%ROOT%\mvnw.cmd" -q -B -f "%ROOT%\pom.xml" -pl ccm-examples -am -Dmaven.test.skip=true -Dmaven.javadoc.skip=true package
  if errorlevel 1 exit /b 1
  copy /b "%DEPS%" +,, "%DEPS%" >nul
)

set "CP="
for %%m in (%MODULES%) do (
  set "SOURCES="
  for %%f in ("%ROOT%\%%m\target\%%m-*-sources.jar") do set "SOURCES=%%~ff"
  set "CP=!CP!%ROOT%\%%m\target\classes;!SOURCES!;"
)
set "DEPCP="
for /f "usebackq delims=" %%a in ("%DEPS%") do set "DEPCP=%%a"
set "CP=%CP%%DEPCP%"

set "ARCHIVE=%WORK%\jshell.jsa"
if exist "%ARCHIVE%" (set "CDS=-J-XX:SharedArchiveFile=%ARCHIVE%") else (set "CDS=-J-XX:ArchiveClassesAtExit=%ARCHIVE%")

jshell %CDS% -J-Xlog:cds=off -J-Xlog:cds+dynamic=off --class-path "%CP%" --startup DEFAULT --startup "%ROOT%\ccm-examples\src\main\jshell\ccmkit.jsh" %*
