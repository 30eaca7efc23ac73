'use strict';
module.exports = function(Model, options) {
  Model.defineProperty('slug', {type: String, index: true});
};
