/** The one-file build for `<script type="module" src=".../mechnet.js">`: registers every element. */
import './define/index.js';
