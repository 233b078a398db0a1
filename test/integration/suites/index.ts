// Entry of the integration suites bundle (dist-test/integration/suites.js): import every *.test.ts here.
// test/integration/build.js fails the build if a suite file in this folder is not imported.
import './activation.test';
import './decorations.test';
import './hover.test';
import './annotations.test';
import './exportReview.test';
import './comments.test';
import './sidecarDisk.test';
import './navigation.test';
import './commandArguments.test';
import './articleFiles.test';
import './sidecarRace.test';
import './reviewReply.test';
