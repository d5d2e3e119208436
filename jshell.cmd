@echo off
rem Opens JShell with ccmkit loaded: jshell.cmd [jshell options]
rem
rem The Windows twin of ./jshell (see it for the details): builds the library first when it is missing or older than
rem its sources or POMs (with the Maven Wrapper; tests are not compiled), computes the class path (the four modules'
rem jars, each with its sources jar beside it, and the dependencies the build resolved) and starts jshell with the
rem start-up script. The jshell JVM keeps a class-data-sharing archive in ccm-examples\target\jshell\, written when
rem the first session ends.
setlocal enabledelayedexpansion
set "ROOT=%~dp0"
set "ROOT=%ROOT:~0,-1%"
set "WORK=%ROOT%\ccm-examples\target\jshell"
set "DEPS=%WORK%\dependencies.classpath"
set "MODULES=ccm-model ccm-indicators ccm-io ccm-examples"

set "STALE="
if not exist "%DEPS%" set "STALE=1"
for %%m in (%MODULES%) do (
  call :jar %%m
  if not defined JAR set "STALE=1"
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
  call :jar %%m
  set "CP=!CP!!JAR!;"
)
set "DEPCP="
for /f "usebackq delims=" %%a in ("%DEPS%") do set "DEPCP=%%a"
set "CP=%CP%%DEPCP%"

set "ARCHIVE=%WORK%\jshell.jsa"
if exist "%ARCHIVE%" (set "CDS=-XX:SharedArchiveFile=%ARCHIVE%") else (set "CDS=-XX:ArchiveClassesAtExit=%ARCHIVE%")

rem The sources jars beside the modules' jars, for Shift-Tab (see JShellLauncher).
set "SOURCES="
for %%m in (%MODULES%) do (
  for %%f in ("%ROOT%\%%m\target\%%m-*-sources.jar") do (
    echo %%~nf| findstr /r /c:"-test-sources$" >nul || set "SOURCES=!SOURCES!%%~ff;"
  )
)
call :jar ccm-examples

rem java.exe: JAVA_HOME's, else the PATH's. The JShell tool runs in this JVM, started by JShellLauncher, which hands it
rem the sources jars; both JVMs compile with C1 only (see ./jshell); pass -R-XX:TieredStopAtLevel=4 for long computations.
set "JAVA=java.exe"
if defined JAVA_HOME if exist "%JAVA_HOME%\bin\java.exe" set "JAVA=%JAVA_HOME%\bin\java.exe"
"%JAVA%" %CDS% -XX:TieredStopAtLevel=1 -Xlog:cds=off -Xlog:cds+dynamic=off --add-opens jdk.jshell/jdk.jshell=ALL-UNNAMED "-Dccmkit.sources=%SOURCES%" -cp "%JAR%" org.ccmkit.examples.JShellLauncher -R-XX:TieredStopAtLevel=1 --class-path "%CP%" --startup DEFAULT --startup "%ROOT%\ccm-examples\src\main\jshell\ccmkit.jsh" %*
exit /b %errorlevel%

rem Sets JAR to the module's jar, target\<module>-<version>.jar, not its sources, javadoc or tests jars.
:jar
set "JAR="
for %%f in ("%ROOT%\%1\target\%1-*.jar") do (
  echo %%~nf| findstr /r /c:"-sources$" /c:"-javadoc$" /c:"-tests$" /c:"-test-sources$" /c:"-test-javadoc$" >nul || set "JAR=%%~ff"
)
exit /b 0
